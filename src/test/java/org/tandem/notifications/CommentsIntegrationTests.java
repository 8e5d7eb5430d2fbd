package org.tandem.notifications;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.IntegrationTest;
import org.tandem.WebSession;
import org.tandem.crm.Channel;
import org.tandem.crm.ContactDraft;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.identity.Role;
import org.tandem.identity.UserId;
import org.tandem.identity.domain.UserAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People talk on the lead itself: a comment shows as text under the lead, an
 *
 * @mention reaches the bell of the person named if they may see the lead, and nobody
 * reads or writes the comments of a lead they may not see.
 */
@IntegrationTest
class CommentsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration administration;

	@Autowired
	ContactManagement contacts;

	@Test
	void aMentionOnALeadReachesThoseWhoMaySeeIt() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UserId rep = user("rep-" + suffix, Role.SALES);
		user("other-" + suffix, Role.SALES);
		ContactSummary lead = this.contacts.create(new ContactDraft("talk-" + suffix + "@t.test", "Tom", "Talk", null,
				null, null, Channel.WEBINAR, null, null, "en", Map.of(), null), rep, null);
		String page = "/contacts/" + lead.id().value();
		String thread = "/comments/CONTACT/" + lead.id().value();

		WebSession admin = WebSession.admin(this.port);
		var posted = admin.submit(page, thread, "body=" + WebSession.encode("@rep-" + suffix
				+ " they asked for <script>x()</script> the case study; @other-" + suffix + " FYI, @nobody-" + suffix));
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
		assertThat(admin.get(thread)).contains("&lt;script&gt;x()&lt;/script&gt;").doesNotContain("<script>x()");

		WebSession repSession = session("rep-" + suffix);
		assertThat(repSession.get("/notifications")).contains("mentioned you on Tom Talk");
		WebSession other = session("other-" + suffix);
		assertThat(other.get("/notifications")).as("the other rep may not see the lead, so is not told")
			.doesNotContain("Tom Talk");
		assertThat(other.answer(thread).statusCode()).isEqualTo(404);
		assertThat(other.submit("/", thread, "body=hello").statusCode()).isEqualTo(404);
		assertThat(Comments.mentioned("mail me at a@b.c, @Maria. and @ivan-2")).containsExactly("maria", "ivan-2");
	}

	private UserId user(String username, Role role) {
		return this.administration.createUser(username, username, username + "@t.test", "password-" + username, role,
				null, "en");
	}

	private WebSession session(String username) throws Exception {
		return new WebSession(this.port, username, "password-" + username);
	}

}
