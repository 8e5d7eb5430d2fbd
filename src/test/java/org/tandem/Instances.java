package org.tandem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.domain.ApiTokens;
import org.tandem.identity.domain.UserAdministration;
import org.tandem.notifications.Destination;
import org.tandem.notifications.DestinationKind;
import org.tandem.notifications.Notifications;
import org.tandem.notifications.Topic;

/**
 * Whole Tandem instances started by a test on a database of its own, as a company would
 * run them behind a load balancer, and the company they serve.
 */
public final class Instances {

	private Instances() {
	}

	/**
	 * Starts an instance on the database at {@code url} (created by the caller) with the
	 * test profile, quiet logs, and {@code settings} ({@code name=value}) on top.
	 */
	public static ConfigurableApplicationContext start(String url, String... settings) {
		List<String> arguments = new ArrayList<>(
				List.of("--spring.datasource.url=" + url, "--server.port=0", "--server.shutdown=immediate",
						"--spring.jmx.enabled=false", "--tandem.forms.limit-per-address=100000000",
						"--logging.level.root=WARN", "--logging.level.org.tandem=WARN"));
		Arrays.stream(settings).map(setting -> "--" + setting).forEach(arguments::add);
		return new SpringApplicationBuilder(TandemApplication.class).profiles("it")
			.run(arguments.toArray(String[]::new));
	}

	public static int port(ConfigurableApplicationContext instance) {
		return Integer.parseInt(instance.getEnvironment().getRequiredProperty("local.server.port"));
	}

	/**
	 * A marketer whose API token submits the leads; eight reps working around the clock
	 * with room for every lead; every lead with a buyer's title qualified; a deadline
	 * whose warning is due at once (so timers fire while a test runs); and, when
	 * {@code chat} is given, hand-offs posted to it as to a Slack channel. Returns the
	 * token.
	 */
	public static String company(ConfigurableApplicationContext instance, String prefix, String chat) {
		UserAdministration administration = instance.getBean(UserAdministration.class);
		UserId owner = administration.createUser(prefix + "-marketer", "Marketer", prefix + "@t.test",
				"company-password-1", Role.MARKETING, null, "en");
		for (int i = 0; i < 8; i++) {
			administration.createUser(prefix + "-rep-" + i, "Rep " + i, prefix + "-rep" + i + "@t.test",
					"company-password-1", Role.SALES, null, "en");
		}
		JdbcClient jdbc = instance.getBean(JdbcClient.class);
		jdbc.sql("UPDATE identity_rep_profile SET capacity = 1000000, work_start = '00:00:00', "
				+ "work_end = '23:59:00', working_days = 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY'")
			.update();
		jdbc.sql("UPDATE scoring_settings SET mql_threshold = 10").update();
		jdbc.sql("UPDATE routing_sla_policy SET warn_minutes = respond_minutes, reassign_minutes = 10000").update();
		if (chat != null) {
			Notifications notifications = instance.getBean(Notifications.class);
			CurrentUser admin = CurrentUser
				.of(instance.getBean(UserDirectory.class).findByUsername("admin").orElseThrow());
			notifications.allowHost("127.0.0.1", admin);
			Destination channel = notifications.addDestination(DestinationKind.SLACK, "#sales", chat, "en", 60_000)
				.destination();
			notifications.route(channel.id(), Topic.LEAD_ASSIGNED, null);
		}
		return instance.getBean(ApiTokens.class).issue(prefix, Role.MARKETING, owner);
	}

	/** A lead as an ad platform submits it; its last name carries its number. */
	public static String lead(int number) {
		return "{\"email\":\"lead" + number + "@company" + (number % 50) + ".example\",\"firstName\":\"Test\","
				+ "\"lastName\":\"Lead" + number + "\",\"title\":\"Head of Sales\",\"company\":\"Company "
				+ (number % 50) + "\",\"source\":\"WEB_FORM\",\"consent\":true}";
	}

}
