package org.tandem.campaigns;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.IntegrationTest;
import org.tandem.WebSession;
import org.tandem.crm.Channel;
import org.tandem.crm.ContactDraft;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.domain.UserAdministration;
import org.tandem.meetings.MeetingKind;
import org.tandem.meetings.MeetingSeries;
import org.tandem.meetings.Meetings;
import org.tandem.meetings.SeriesDraft;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customers' words from sales to marketing: a rep logs remarks on their lead from its
 * page, marketing reads them as themes (however each rep spelled the theme) per campaign,
 * and the weekly meeting's feedback section is filled from them. Only those who may see a
 * lead log on it, and marketing reads rather than logs.
 */
@IntegrationTest
class CustomerFeedbackIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDirectory directory;

	@Autowired
	ContactManagement contacts;

	@Autowired
	Meetings meetings;

	@Test
	void remarksOnALeadBecomeThemesForMarketingAndTheWeeklyAgenda() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UserId rep = user("rep-" + suffix, Role.SALES);
		user("other-" + suffix, Role.SALES);
		user("marketer-" + suffix, Role.MARKETING);
		String campaign = "Webinar " + suffix;
		ContactSummary lead = this.contacts.create(new ContactDraft("lead-" + suffix + "@t.test", "Lena", "Lead", null,
				null, null, Channel.WEBINAR, campaign, null, "en", Map.of(), null), rep, null);
		WebSession repSession = session("rep-" + suffix);
		String page = "/contacts/" + lead.id().value();
		assertThat(repSession.get("/feedback/for/" + lead.id().value())).contains("feedback-form");

		repSession.submit(page, "/feedback",
				"contact=" + lead.id().value() + "&kind=OBJECTION&theme="
						+ WebSession.encode("Price too high " + suffix) + "&sentiment=NEGATIVE&heardOn=CALL&quote="
						+ WebSession.encode("<b>Twice</b> what we pay now"));
		repSession.submit(page, "/feedback", "contact=" + lead.id().value() + "&kind=OBJECTION&theme="
				+ WebSession.encode("  price   TOO high " + suffix) + "&heardOn=MEETING");
		repSession.submit(page, "/feedback", "contact=" + lead.id().value() + "&kind=COMPETITOR&theme="
				+ WebSession.encode("Cheaper rival") + "&heardOn=CALL");
		assertThat(count(lead)).as("a competitor remark names the competitor").isEqualTo(2);

		// marketing reads, and does not log
		WebSession marketer = session("marketer-" + suffix);
		String report = marketer.get("/feedback?weeks=4&campaign=" + WebSession.encode(campaign));
		assertThat(report).contains("Price too high " + suffix, "&lt;b&gt;Twice&lt;/b&gt; what we pay now")
			.doesNotContain("<b>Twice</b>");
		assertThat(report.replaceAll("\\s+", " ")).contains(">2<");
		assertThat(marketer
			.submit("/feedback", "/feedback", "contact=" + lead.id().value() + "&kind=NEED&theme=x&heardOn=CALL")
			.statusCode()).isEqualTo(403);

		// a rep who may not see the lead cannot log on it
		WebSession other = session("other-" + suffix);
		assertThat(other.submit("/", "/feedback", "contact=" + lead.id().value() + "&kind=NEED&theme=x&heardOn=CALL")
			.statusCode()).isEqualTo(404);
		assertThat(count(lead)).isEqualTo(2);

		// the weekly meeting goes through what customers said
		CurrentUser chair = CurrentUser.of(this.directory.findByUsername("admin").orElseThrow());
		MeetingSeries series = this.meetings.createSeries(
				new SeriesDraft(MeetingKind.WEEKLY_STATUS, "Weekly " + suffix, "Europe/Berlin", DayOfWeek.MONDAY,
						LocalTime.of(10, 0), 60, 0, LocalDate.now().plusDays(1), List.of(chair.id(), rep)),
				chair);
		UUID next = this.meetings.meetingsOf(series.id(), 10)
			.get(this.meetings.meetingsOf(series.id(), 10).size() - 1)
			.id();
		this.meetings.refresh(next, chair);
		assertThat(WebSession.admin(this.port).get("/meetings/" + next))
			.contains("Objection: Price too high " + suffix + ", 2 times: “&lt;b&gt;Twice&lt;/b&gt; what we pay now”");
	}

	private long count(ContactSummary lead) {
		return this.jdbc.sql("SELECT COUNT(*) FROM campaigns_feedback WHERE contact_id = ?")
			.param(lead.id().value())
			.query(Long.class)
			.single();
	}

	private UserId user(String username, Role role) {
		return this.administration.createUser(username, username, username + "@t.test", "password-" + username, role,
				null, "en");
	}

	private WebSession session(String username) throws Exception {
		return new WebSession(this.port, username, "password-" + username);
	}

}
