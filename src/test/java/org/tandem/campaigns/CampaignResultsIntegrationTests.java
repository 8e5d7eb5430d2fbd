package org.tandem.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.IntegrationTest;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.domain.UserAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a launched campaign's last day has passed, both departments are told once what it
 * brought in; a campaign still running, or never launched, is not told.
 */
@IntegrationTest
class CampaignResultsIntegrationTests {

	@Autowired
	CampaignManagement campaigns;

	@Autowired
	CampaignResultsTeller teller;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEndedCampaignsResultsAreToldOnce() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UserId marketer = this.administration.createUser("results-" + suffix, "Results " + suffix,
				"results-" + suffix + "@t.test", "password-results-" + suffix, Role.MARKETING, null, "en");
		CurrentUser by = CurrentUser.of(this.directory.find(marketer).orElseThrow());
		LocalDate today = LocalDate.now();
		CampaignSummary ended = launched("Ended " + suffix, today.minusDays(30), today.minusDays(1), marketer, by);
		CampaignSummary running = launched("Running " + suffix, today.minusDays(3), today.plusDays(10), marketer, by);
		this.campaigns.create(new CampaignDraft("Never launched " + suffix, CampaignChannel.EMAIL, today.minusDays(20),
				today.minusDays(2), BigDecimal.TEN, "EUR", marketer, null, null));

		assertThat(this.teller.tellEnded()).isPositive();
		assertThat(this.teller.tellEnded()).as("told once").isZero();

		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM notifications_message WHERE user_id = ? AND topic = 'CAMPAIGN_RESULTS' "
					+ "AND args LIKE ?")
			.params(marketer.value(), "%Ended " + suffix + "%")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM notifications_message WHERE topic = 'CAMPAIGN_RESULTS' AND (args LIKE ? "
					+ "OR args LIKE ?)")
			.params("%Running " + suffix + "%", "%Never launched " + suffix + "%")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT results_told_at IS NOT NULL FROM campaigns_campaign WHERE id = ?")
			.param(ended.id().value())
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(this.jdbc.sql("SELECT results_told_at IS NULL FROM campaigns_campaign WHERE id = ?")
			.param(running.id().value())
			.query(Boolean.class)
			.single()).isTrue();
	}

	private CampaignSummary launched(String name, LocalDate from, LocalDate to, UserId owner, CurrentUser by) {
		CampaignSummary campaign = this.campaigns.create(new CampaignDraft(name, CampaignChannel.WEBINAR, from, to,
				new BigDecimal("1000"), "EUR", owner, null, null));
		this.campaigns.saveBrief(campaign.id(), new CampaignBrief("CFOs", "A webinar", 50, null));
		return this.campaigns.launch(campaign.id(), by);
	}

}
