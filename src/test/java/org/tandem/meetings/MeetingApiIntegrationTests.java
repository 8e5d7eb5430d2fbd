package org.tandem.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.IntegrationTest;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.domain.ApiTokens;
import org.tandem.identity.domain.UserAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meetings over JSON: a participant reads the agenda and gives an action item, which the
 * owner lists and closes; bad input is a problem detail naming the field; someone outside
 * the series does not find the meeting.
 */
@IntegrationTest
class MeetingApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Meetings meetings;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDirectory directory;

	@Autowired
	ApiTokens tokens;

	@Test
	void aParticipantGivesAnItemThatItsOwnerListsAndCloses() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UserId rep = this.administration.createUser("api-rep-" + suffix, "Api Rep", "api-rep-" + suffix + "@t.test",
				"password-" + suffix, Role.SALES, null, "en");
		UserId outsider = this.administration.createUser("api-out-" + suffix, "Outsider",
				"api-out-" + suffix + "@t.test", "password-" + suffix, Role.SALES, null, "en");
		CurrentUser chair = CurrentUser.of(this.directory.findByUsername("admin").orElseThrow());
		MeetingSeries series = this.meetings.createSeries(
				new SeriesDraft(MeetingKind.WEEKLY_STATUS, "Api weekly " + suffix, "Europe/Berlin", DayOfWeek.MONDAY,
						LocalTime.of(10, 0), 60, 0, LocalDate.now().plusDays(1), List.of(chair.id(), rep)),
				chair);
		UUID meeting = this.meetings.meetingsOf(series.id(), 10)
			.get(this.meetings.meetingsOf(series.id(), 10).size() - 1)
			.id();
		this.meetings.refresh(meeting, chair);
		ApiClient admin = ApiClient.asAdmin(this.port);
		ApiClient repApi = new ApiClient(this.port, this.tokens.issue("rep " + suffix, Role.SALES, rep));

		assertThat(repApi.get("/api/v1/meetings").body()).contains(meeting.toString());
		ApiClient.Answer view = repApi.get("/api/v1/meetings/" + meeting);
		assertThat(view.status()).isEqualTo(200);
		assertThat(view.json().get("agenda").get(0).get("title").asString())
			.isEqualTo("Opening: the numbers that moved");

		ApiClient.Answer bad = admin.post("/api/v1/meetings/" + meeting + "/action-items",
				ApiClient.json(Map.of("title", "", "owner", rep.value().toString(), "dueOn", "2026-12-01")));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.field()).isEqualTo("title");
		ApiClient.Answer far = admin.post("/api/v1/meetings/" + meeting + "/action-items",
				ApiClient.json(Map.of("title", "Far away", "owner", rep.value().toString(), "dueOn", "2099-01-01")));
		assertThat(far.field()).isEqualTo("dueOn");
		ApiClient.Answer given = admin.post("/api/v1/meetings/" + meeting + "/action-items",
				ApiClient.json(Map.of("title", "Send the deck " + suffix, "owner", rep.value().toString(), "dueOn",
						LocalDate.now().plusDays(5).toString())));
		assertThat(given.status()).isEqualTo(201);
		String item = given.json().get("id").asString();

		ApiClient.Answer mine = repApi.get("/api/v1/action-items");
		assertThat(mine.body()).contains("Send the deck " + suffix);
		ApiClient.Answer closed = repApi.post("/api/v1/action-items/" + item + "/status",
				ApiClient.json(Map.of("status", "DONE", "version", given.json().get("version").asLong())));
		assertThat(closed.status()).isEqualTo(200);
		assertThat(closed.json().get("status").asString()).isEqualTo("DONE");
		assertThat(repApi
			.post("/api/v1/action-items/" + item + "/status",
					ApiClient.json(Map.of("status", "OPEN", "version", given.json().get("version").asLong())))
			.status()).as("a stale version").isEqualTo(409);

		// talk on the item itself, seen only by those who see its meeting
		String thread = "/api/v1/comments/ACTION_ITEM/" + item;
		ApiClient.Answer blank = repApi.post(thread, ApiClient.json(Map.of("body", " ")));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.field()).isEqualTo("body");
		ApiClient.Answer said = repApi.post(thread, ApiClient.json(Map.of("body", "@admin the deck is out " + suffix)));
		assertThat(said.status()).as(said.body()).isEqualTo(201);
		assertThat(said.json().get("told").get(0).asString()).isEqualTo("admin");
		assertThat(admin.get(thread).body()).contains("the deck is out " + suffix);

		ApiClient outsiderApi = new ApiClient(this.port, this.tokens.issue("out " + suffix, Role.SALES, outsider));
		assertThat(outsiderApi.get(thread).status()).isEqualTo(404);
		assertThat(outsiderApi.post(thread, ApiClient.json(Map.of("body", "hello"))).status()).isEqualTo(404);
		assertThat(outsiderApi.get("/api/v1/meetings/" + meeting).status()).isEqualTo(404);
		assertThat(outsiderApi.get("/api/v1/meetings").body()).doesNotContain(meeting.toString());
	}

}
