package org.tandem.crm.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.crm.AccountId;
import org.tandem.crm.ContactId;
import org.tandem.crm.DealId;
import org.tandem.crm.PipelineView;
import org.tandem.identity.UserId;
import org.tandem.platform.Money;

/**
 * A deal in a pipeline: an amount for an account, with the contacts involved.
 */
@Table("crm_deal")
public class Deal {

	@Id
	private UUID id;

	private String name;

	private @Nullable UUID accountId;

	private UUID pipelineId;

	private UUID stageId;

	private BigDecimal amount;

	private String currency;

	private @Nullable LocalDate expectedClose;

	private @Nullable UUID ownerId;

	private @Nullable Instant closedAt;

	private @Nullable Instant deletedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "deal_id")
	private Set<DealContact> contacts = new HashSet<>();

	@Version
	private @Nullable Long version;

	Deal() {
		this.id = UUID.randomUUID();
		this.name = "";
		this.pipelineId = new UUID(0, 0);
		this.stageId = new UUID(0, 0);
		this.amount = BigDecimal.ZERO;
		this.currency = "EUR";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	public static Deal create(DealValues values, Instant now) {
		Deal deal = new Deal();
		deal.createdAt = now;
		deal.apply(values, now);
		return deal;
	}

	public Map<String, String[]> apply(DealValues values, Instant now) {
		Map<String, String> before = snapshot();
		this.name = values.name();
		this.accountId = values.account() == null ? null : values.account().value();
		this.pipelineId = values.pipeline().id();
		this.amount = values.value().amount();
		this.currency = values.value().currency().getCurrencyCode();
		this.expectedClose = values.expectedClose();
		this.ownerId = values.owner() == null ? null : values.owner().value();
		this.contacts = values.contacts()
			.stream()
			.map(contact -> new DealContact(contact.value()))
			.collect(Collectors.toCollection(HashSet::new));
		moveTo(values.pipeline().stage(values.stage()), now);
		this.updatedAt = now;
		return Changes.between(before, snapshot());
	}

	/**
	 * Moves the deal to another stage of its own pipeline and returns the change for the
	 * audit.
	 */
	public Map<String, String[]> moveTo(PipelineView pipeline, UUID stageId, Instant now) {
		if (!pipeline.id().equals(this.pipelineId)) {
			throw new IllegalArgumentException("not this deal's pipeline");
		}
		Map<String, String> before = snapshot();
		moveTo(pipeline.stage(stageId), now);
		this.updatedAt = now;
		return Changes.between(before, snapshot());
	}

	public UUID stageId() {
		return this.stageId;
	}

	public UUID pipelineId() {
		return this.pipelineId;
	}

	private void moveTo(PipelineView.Stage stage, Instant now) {
		boolean closing = !"OPEN".equals(stage.outcome());
		if (closing && (this.closedAt == null || !stage.id().equals(this.stageId))) {
			this.closedAt = now;
		}
		else if (!closing) {
			this.closedAt = null;
		}
		this.stageId = stage.id();
	}

	/** Sets when a closed deal closed, for deals brought in with their history. */
	public void closeAt(@Nullable Instant closedAt) {
		if (this.closedAt != null && closedAt != null) {
			this.closedAt = closedAt;
		}
	}

	public void softDelete(Instant now) {
		this.deletedAt = now;
		this.updatedAt = now;
	}

	private Map<String, String> snapshot() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", this.name);
		fields.put("account", Objects.toString(this.accountId, null));
		fields.put("pipeline", this.pipelineId.toString());
		fields.put("stage", this.stageId.toString());
		fields.put("amount", this.amount.toPlainString() + " " + this.currency);
		fields.put("expectedClose", Objects.toString(this.expectedClose, null));
		fields.put("owner", Objects.toString(this.ownerId, null));
		fields.put("contacts", this.contacts.stream().map(c -> c.contactId().toString()).sorted().toList().toString());
		return fields;
	}

	public DealId id() {
		return new DealId(this.id);
	}

	public @Nullable UserId owner() {
		return this.ownerId == null ? null : new UserId(this.ownerId);
	}

	public @Nullable Long version() {
		return this.version;
	}

	/**
	 * A contact involved in a deal.
	 */
	@Table("crm_deal_contact")
	record DealContact(UUID contactId) {
	}

	/**
	 * A deal's values after checking: the pipeline and stage resolved, the amount as
	 * money.
	 */
	public record DealValues(String name, @Nullable AccountId account, PipelineView pipeline, UUID stage, Money value,
			@Nullable LocalDate expectedClose, @Nullable UserId owner, List<ContactId> contacts) {
	}

}
