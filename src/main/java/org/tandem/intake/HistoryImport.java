package org.tandem.intake;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tandem.crm.AccountId;
import org.tandem.crm.AccountManagement;
import org.tandem.crm.Channel;
import org.tandem.crm.ContactDraft;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.crm.DealDraft;
import org.tandem.crm.DealId;
import org.tandem.crm.DealManagement;
import org.tandem.crm.DealSummary;
import org.tandem.crm.PipelineCatalogue;
import org.tandem.crm.PipelineView;
import org.tandem.funnel.FunnelManagement;
import org.tandem.funnel.HistoricStep;
import org.tandem.funnel.LifecycleStage;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.intake.domain.HistoryDeals;
import org.tandem.intake.domain.ImportDates;
import org.tandem.intake.domain.ImportStore.RowError;
import org.tandem.intake.domain.SubmissionLog;
import org.tandem.intake.domain.SubmissionLog.Key;
import org.tandem.platform.InputRejectedException;

/**
 * A history file's rows: an account alone (a company and no person), or a person (matched
 * by the other system's id, then by email, or created at the date that system gave),
 * their account, owner and the stages they reached with their dates, stored as the
 * import's moves through the funnel, and their deal. A later file with the same ids
 * brings the same records up to date, so that a deals export can follow the leads
 * imported before it.
 */
@Component
class HistoryImport {

	/** The natural-key source under which a history file's people are remembered. */
	static final String SOURCE = "HISTORY";

	/** The stages a history file can name, in the order a lead reaches them. */
	private static final List<ImportTarget> STAGE_DATES = List.of(ImportTarget.CREATED_AT, ImportTarget.MQL_AT,
			ImportTarget.SQL_AT, ImportTarget.OPPORTUNITY_AT, ImportTarget.WON_AT, ImportTarget.LOST_AT);

	private static final Map<String, ImportTarget> STAGE_NAMES = Map.ofEntries(
			Map.entry("LEAD", ImportTarget.CREATED_AT), Map.entry("NEW", ImportTarget.CREATED_AT),
			Map.entry("MQL", ImportTarget.MQL_AT), Map.entry("MARKETING_QUALIFIED_LEAD", ImportTarget.MQL_AT),
			Map.entry("SQL", ImportTarget.SQL_AT), Map.entry("SALES_QUALIFIED_LEAD", ImportTarget.SQL_AT),
			Map.entry("OPPORTUNITY", ImportTarget.OPPORTUNITY_AT), Map.entry("WON", ImportTarget.WON_AT),
			Map.entry("CLOSED_WON", ImportTarget.WON_AT), Map.entry("CUSTOMER", ImportTarget.WON_AT),
			Map.entry("LOST", ImportTarget.LOST_AT), Map.entry("CLOSED_LOST", ImportTarget.LOST_AT));

	private final ContactManagement contacts;

	private final AccountManagement accounts;

	private final DealManagement deals;

	private final PipelineCatalogue pipelines;

	private final FunnelManagement funnel;

	private final UserDirectory people;

	private final SubmissionLog submissions;

	private final HistoryDeals historyDeals;

	private final Validator validator;

	private final Clock clock;

	private final ZoneId zone;

	private final String currency;

	HistoryImport(ContactManagement contacts, AccountManagement accounts, DealManagement deals,
			PipelineCatalogue pipelines, FunnelManagement funnel, UserDirectory people, SubmissionLog submissions,
			HistoryDeals historyDeals, Validator validator, Clock clock,
			@Value("${tandem.reporting.time-zone:UTC}") ZoneId zone,
			@Value("${tandem.imports.default-currency:EUR}") String currency) {
		this.contacts = contacts;
		this.accounts = accounts;
		this.deals = deals;
		this.pipelines = pipelines;
		this.funnel = funnel;
		this.people = people;
		this.submissions = submissions;
		this.historyDeals = historyDeals;
		this.validator = validator;
		this.clock = clock;
		this.zone = zone;
		this.currency = currency;
	}

	/** One row of a history file, read and checked. */
	record Row(long line, Map<ImportTarget, String> values, @Nullable Channel source, @Nullable Instant created,
			List<HistoricStep> steps, @Nullable BigDecimal amount) {

		@Nullable String get(ImportTarget target) {
			return this.values.get(target);
		}

		@Nullable Instant closedAt() {
			return this.steps.stream()
				.filter(step -> step.stage() == LifecycleStage.WON || step.stage() == LifecycleStage.LOST)
				.map(HistoricStep::at)
				.findFirst()
				.orElse(null);
		}

		@Nullable LifecycleStage outcome() {
			return this.steps.stream()
				.map(HistoricStep::stage)
				.filter(stage -> stage == LifecycleStage.WON || stage == LifecycleStage.LOST)
				.findFirst()
				.orElse(null);
		}

		@Nullable Instant reached(LifecycleStage stage) {
			return this.steps.stream()
				.filter(step -> step.stage() == stage)
				.map(HistoricStep::at)
				.findFirst()
				.orElse(null);
		}

		boolean hasDeal() {
			return this.amount != null || get(ImportTarget.DEAL_NAME) != null
					|| get(ImportTarget.DEAL_EXTERNAL_ID) != null;
		}

	}

	/** What one run of a file needs again and again: its people and its pipeline. */
	record Run(String label, Map<String, UserId> owners, PipelineView pipeline) {
	}

	Run prepare(String fileName) {
		Map<String, UserId> owners = new HashMap<>();
		for (UserSummary user : this.people.all()) {
			owners.putIfAbsent(user.email().strip().toLowerCase(Locale.ROOT), user.id());
			owners.putIfAbsent(user.username().strip().toLowerCase(Locale.ROOT), user.id());
			owners.putIfAbsent(user.displayName().strip().toLowerCase(Locale.ROOT), user.id());
		}
		return new Run("Import: " + fileName, owners, this.pipelines.all().get(0));
	}

	/**
	 * Reads a row's values: its dates in the file's format, its stages in the order a
	 * lead reaches them, its amount; what is wrong is reported by field.
	 */
	@Nullable Row read(Map<ImportTarget, String> values, long line, String format, List<RowError> errors) {
		int before = errors.size();
		Map<ImportTarget, Instant> dates = new EnumMap<>(ImportTarget.class);
		Instant now = this.clock.instant();
		for (ImportTarget target : STAGE_DATES) {
			date(values, target, line, format, now, errors).ifPresent(at -> dates.put(target, at));
		}
		String stage = values.get(ImportTarget.STAGE);
		Optional<Instant> stageAt = date(values, ImportTarget.STAGE_AT, line, format, now, errors);
		if (stage != null) {
			ImportTarget column = STAGE_NAMES
				.get(stage.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
			if (column == null) {
				errors.add(new RowError(line, "stage",
						"is not a stage a history file can name (lead, MQL, SQL, " + "opportunity, won, lost)"));
			}
			else if (!dates.containsKey(column)) {
				stageAt.ifPresentOrElse(at -> dates.put(column, at), () -> errors
					.add(new RowError(line, "stage_at", "the date the lead reached " + stage.strip() + " is needed")));
			}
		}
		else if (stageAt.isPresent()) {
			errors.add(new RowError(line, "stage", "which stage was reached on stage_at is needed"));
		}
		if (dates.containsKey(ImportTarget.WON_AT) && dates.containsKey(ImportTarget.LOST_AT)) {
			errors.add(new RowError(line, "lost_at", "a lead is either won or lost, not both"));
		}
		checkOrder(dates, line, errors);
		Channel source = null;
		if (values.get(ImportTarget.SOURCE) != null) {
			source = CsvImporter.channel(values.get(ImportTarget.SOURCE));
			if (source == null) {
				errors.add(new RowError(line, "source", "is not a known channel"));
			}
		}
		BigDecimal amount = null;
		if (values.get(ImportTarget.AMOUNT) != null) {
			amount = amount(values.get(ImportTarget.AMOUNT));
			if (amount == null || amount.signum() < 0) {
				errors.add(new RowError(line, "amount", "is not an amount of money"));
			}
		}
		boolean accountOnly = values.get(ImportTarget.COMPANY) != null && dates.isEmpty() && amount == null
				&& values.get(ImportTarget.DEAL_NAME) == null && values.get(ImportTarget.DEAL_EXTERNAL_ID) == null;
		if (values.get(ImportTarget.EMAIL) == null && values.get(ImportTarget.EXTERNAL_ID) == null && !accountOnly) {
			errors.add(new RowError(line, "email", "an email or an id in the old system is needed to know the person"));
		}
		if (errors.size() > before) {
			return null;
		}
		List<HistoricStep> steps = new ArrayList<>();
		dates.forEach((target, at) -> {
			if (target != ImportTarget.CREATED_AT) {
				steps.add(new HistoricStep(stage(target), at,
						target == ImportTarget.LOST_AT ? values.get(ImportTarget.LOST_REASON) : null));
			}
		});
		return new Row(line, values, source, dates.get(ImportTarget.CREATED_AT), steps, amount);
	}

	/**
	 * Takes a row in the caller's transaction: true when it brought a new person in,
	 * false when it brought a known one up to date.
	 */
	boolean take(Row row, Run run) {
		if (row.get(ImportTarget.EMAIL) == null && row.get(ImportTarget.EXTERNAL_ID) == null) {
			// an account alone, as a CRM's accounts export has them
			String company = Objects.requireNonNull(row.get(ImportTarget.COMPANY));
			boolean known = this.accounts.find(company, row.get(ImportTarget.COMPANY_DOMAIN)).isPresent();
			this.accounts.findOrCreate(company, row.get(ImportTarget.COMPANY_DOMAIN));
			return !known;
		}
		UserId owner = owner(row, run);
		String externalId = row.get(ImportTarget.EXTERNAL_ID);
		Key key = externalId == null ? null : new Key(SOURCE, externalId);
		ContactId remembered = key == null ? null : this.submissions.findAll(Set.of(key)).get(key);
		ContactSummary known = known(row, remembered);
		ContactSummary person = known == null ? create(row, owner) : update(known, row, owner);
		if (key != null && remembered == null) {
			this.submissions.recordAll(Map.of(key, person.id()));
		}
		this.funnel.importHistory(person.id(), row.steps(), run.label());
		if (row.hasDeal()) {
			deal(row, run, person, owner != null ? owner : person.owner());
		}
		return known == null;
	}

	/** The person a row is about: the one its old id brought in before, else by email. */
	private @Nullable ContactSummary known(Row row, @Nullable ContactId remembered) {
		if (remembered != null) {
			ContactSummary found = this.contacts.findAll(List.of(remembered)).get(remembered);
			if (found != null) {
				return found;
			}
		}
		String email = row.get(ImportTarget.EMAIL);
		return email == null ? null : this.contacts.findByEmail(email).orElse(null);
	}

	private ContactSummary create(Row row, @Nullable UserId owner) {
		if (row.get(ImportTarget.EMAIL) == null) {
			throw new InputRejectedException("external_id", "no one was brought in with this id; an email is needed");
		}
		ContactDraft draft = new ContactDraft(row.get(ImportTarget.EMAIL), orEmpty(row.get(ImportTarget.FIRST_NAME)),
				orEmpty(row.get(ImportTarget.LAST_NAME)), row.get(ImportTarget.PHONE), row.get(ImportTarget.TITLE),
				account(row), row.source() != null ? row.source() : Channel.IMPORT, row.get(ImportTarget.CAMPAIGN),
				null, row.get(ImportTarget.LANGUAGE), null, null);
		check(draft, Map.of());
		Instant created = row.created();
		if (created == null) {
			created = row.steps().isEmpty() ? this.clock.instant() : row.steps().get(0).at();
		}
		return this.contacts.importHistoric(draft, owner, created);
	}

	private ContactSummary update(ContactSummary known, Row row, @Nullable UserId owner) {
		AccountId account = account(row);
		ContactDraft draft = new ContactDraft(known.email(), or(row.get(ImportTarget.FIRST_NAME), known.firstName()),
				or(row.get(ImportTarget.LAST_NAME), known.lastName()), or(row.get(ImportTarget.PHONE), known.phone()),
				or(row.get(ImportTarget.TITLE), known.title()), account != null ? account : known.account(),
				row.source() != null ? row.source() : known.sourceChannel(),
				or(row.get(ImportTarget.CAMPAIGN), known.sourceCampaign()), null,
				or(row.get(ImportTarget.LANGUAGE), known.language()), known.attributes(), known.version());
		check(draft, Map.of());
		boolean changed = !draft.firstName().equals(known.firstName()) || !draft.lastName().equals(known.lastName())
				|| !Objects.equals(draft.phone(), known.phone()) || !Objects.equals(draft.title(), known.title())
				|| !Objects.equals(draft.account(), known.account()) || draft.sourceChannel() != known.sourceChannel()
				|| !Objects.equals(draft.sourceCampaign(), known.sourceCampaign())
				|| !Objects.equals(draft.language(), known.language());
		if (changed) {
			this.contacts.update(known.id(), draft, CurrentUser.SYSTEM);
		}
		if (owner != null && !owner.equals(known.owner())) {
			this.contacts.assignOwner(known.id(), owner);
		}
		return known;
	}

	private void deal(Row row, Run run, ContactSummary person, @Nullable UserId owner) {
		String dealKey = row.get(ImportTarget.DEAL_EXTERNAL_ID);
		if (dealKey == null && row.get(ImportTarget.EXTERNAL_ID) != null) {
			dealKey = "lead:" + row.get(ImportTarget.EXTERNAL_ID);
		}
		DealSummary existing = dealKey == null ? null
				: this.historyDeals.find(dealKey).flatMap(id -> this.deals.find(id, CurrentUser.SYSTEM)).orElse(null);
		PipelineView pipeline = existing == null ? run.pipeline() : this.pipelines.get(existing.pipeline());
		LifecycleStage outcome = row.outcome();
		PipelineView.Stage stage = outcome == null && existing != null ? pipeline.stage(existing.stage())
				: pipeline.stages()
					.stream()
					.filter(candidate -> candidate.outcome().equals(outcome == null ? "OPEN" : outcome.name()))
					.findFirst()
					.orElseThrow(() -> new InputRejectedException("stage",
							"the pipeline " + pipeline.name() + " has no " + outcome + " stage"));
		String name = or(row.get(ImportTarget.DEAL_NAME), existing != null ? existing.name()
				: (person.accountName() != null ? person.accountName() : person.name()) + " — " + pipeline.name());
		BigDecimal amount = row.amount() != null ? row.amount()
				: existing != null ? existing.value().amount() : BigDecimal.ZERO;
		String currency = or(row.get(ImportTarget.CURRENCY),
				existing != null ? existing.value().currency().getCurrencyCode() : this.currency);
		Instant closedAt = row.closedAt();
		DealDraft draft = new DealDraft(name, person.account(), pipeline.id(), stage.id(), amount,
				currency.toUpperCase(Locale.ROOT), closedAt == null ? null : closedAt.atZone(this.zone).toLocalDate(),
				owner, List.of(person.id()), existing == null ? null : existing.version());
		check(draft, Map.of("name", "deal_name"));
		if (existing != null) {
			this.deals.reviseHistoric(existing.id(), draft, closedAt);
			return;
		}
		Instant created = first(row.reached(LifecycleStage.OPPORTUNITY), row.reached(LifecycleStage.SQL), row.created(),
				person.createdAt());
		DealId deal = this.deals.importHistoric(draft, created, closedAt).id();
		if (dealKey != null) {
			this.historyDeals.record(dealKey, deal, this.clock.instant());
		}
	}

	private @Nullable AccountId account(Row row) {
		String company = row.get(ImportTarget.COMPANY);
		return company == null ? null : this.accounts.findOrCreate(company, row.get(ImportTarget.COMPANY_DOMAIN));
	}

	private static @Nullable UserId owner(Row row, Run run) {
		String owner = row.get(ImportTarget.OWNER);
		if (owner == null) {
			return null;
		}
		UserId id = run.owners().get(owner.strip().toLowerCase(Locale.ROOT));
		if (id == null) {
			throw new InputRejectedException("owner", "no Tandem user has this email or name");
		}
		return id;
	}

	private <T> void check(T draft, Map<String, String> fields) {
		for (ConstraintViolation<T> violation : this.validator.validate(draft)) {
			String path = violation.getPropertyPath().toString();
			throw new InputRejectedException(fields.getOrDefault(path, path), violation.getMessage());
		}
	}

	private Optional<Instant> date(Map<ImportTarget, String> values, ImportTarget target, long line, String format,
			Instant now, List<RowError> errors) {
		String value = values.get(target);
		if (value == null) {
			return Optional.empty();
		}
		Optional<Instant> at = ImportDates.parse(value, format, this.zone);
		if (at.isEmpty()) {
			errors.add(new RowError(line, name(target), "is not a date in the format " + format));
		}
		else if (at.get().isAfter(now)) {
			errors.add(new RowError(line, name(target), "is in the future"));
			return Optional.empty();
		}
		return at;
	}

	/**
	 * An amount as exported: spaces between thousands, a comma or a point for the
	 * decimals, or both (the last one is the decimal separator).
	 */
	static @Nullable BigDecimal amount(String value) {
		String text = value.strip().replace("\u00a0", "").replace(" ", "").replace("'", "");
		int comma = text.lastIndexOf(',');
		int point = text.lastIndexOf('.');
		if (comma >= 0 && point >= 0) {
			text = comma > point ? text.replace(".", "").replace(',', '.') : text.replace(",", "");
		}
		else if (comma >= 0) {
			text = text.indexOf(',') == comma && text.length() - comma - 1 != 3 ? text.replace(',', '.')
					: text.replace(",", "");
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException notAnAmount) {
			return null;
		}
	}

	/**
	 * A lead reaches its stages in the funnel's order, and is won or lost after the last
	 * of them.
	 */
	private static void checkOrder(Map<ImportTarget, Instant> dates, long line, List<RowError> errors) {
		ImportTarget latest = null;
		for (ImportTarget target : STAGE_DATES) {
			Instant at = dates.get(target);
			if (at == null) {
				continue;
			}
			if (latest != null && at.isBefore(dates.get(latest))) {
				errors.add(new RowError(line, name(target), "is before " + name(latest)));
			}
			else if (target != ImportTarget.WON_AT && target != ImportTarget.LOST_AT) {
				latest = target;
			}
		}
	}

	private static LifecycleStage stage(ImportTarget target) {
		return switch (target) {
			case MQL_AT -> LifecycleStage.MQL;
			case SQL_AT -> LifecycleStage.SQL;
			case OPPORTUNITY_AT -> LifecycleStage.OPPORTUNITY;
			case WON_AT -> LifecycleStage.WON;
			case LOST_AT -> LifecycleStage.LOST;
			default -> LifecycleStage.LEAD;
		};
	}

	private static String name(ImportTarget target) {
		return target.name().toLowerCase(Locale.ROOT);
	}

	@SafeVarargs
	private static <T> T first(@Nullable T... candidates) {
		for (T candidate : candidates) {
			if (candidate != null) {
				return candidate;
			}
		}
		throw new IllegalArgumentException("nothing given");
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static <T> T or(@Nullable T value, T otherwise) {
		return value != null ? value : otherwise;
	}

}
