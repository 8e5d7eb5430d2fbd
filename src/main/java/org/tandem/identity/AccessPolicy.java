package org.tandem.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * The one table that says who may call which route. The security filter chains are built
 * from it, the first matching rule wins, anything not listed is denied, and a test fails
 * the build when a controller route has no entry or answers differently from this table.
 */
public final class AccessPolicy {

	private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

	/** Everyone who edits the shared record; leadership reads only. */
	private static final Set<Role> RECORD_EDITORS = EnumSet.of(Role.MARKETING, Role.SALES, Role.MANAGER, Role.ADMIN);

	private static final Set<Role> DEAL_EDITORS = EnumSet.of(Role.SALES, Role.MANAGER, Role.ADMIN);

	private static final Set<Role> DATA_STEWARDS = EnumSet.of(Role.MARKETING, Role.MANAGER, Role.ADMIN);

	/**
	 * Those who bring leads in; machine tokens for ad platforms carry the MARKETING role.
	 */
	private static final Set<Role> INTAKE = EnumSet.of(Role.MARKETING, Role.MANAGER, Role.ADMIN);

	/**
	 * Marketing owns its tools (scoring model, web forms); the heads may change them too.
	 */
	private static final Set<Role> MARKETING_TOOLS = EnumSet.of(Role.MARKETING, Role.MANAGER, Role.ADMIN);

	private static final Set<Role> HEADS = EnumSet.of(Role.MANAGER, Role.ADMIN);

	private static final Set<Role> ADMINS = EnumSet.of(Role.ADMIN);

	/**
	 * Who sets and revises shared goals: the heads of both departments and leadership.
	 */
	private static final Set<Role> GOAL_SETTERS = EnumSet.of(Role.MANAGER, Role.LEADERSHIP, Role.ADMIN);

	/** The heads of both departments and leadership, who watch how they work together. */
	private static final Set<Role> LEADERS = EnumSet.of(Role.MANAGER, Role.LEADERSHIP, Role.ADMIN);

	private static final Set<Role> FEEDBACK = EnumSet.of(Role.SALES, Role.MANAGER, Role.ADMIN);

	private static final Set<Role> REPORT_READERS = EnumSet.of(Role.MARKETING, Role.MANAGER, Role.LEADERSHIP,
			Role.ADMIN);

	/**
	 * A rule: a method (null for any) and an Ant-style path pattern; public rules need no
	 * login.
	 */
	public record Rule(@Nullable HttpMethod method, String pattern, Set<Role> roles, boolean open) {

		public boolean allows(Role role) {
			return this.open || this.roles.contains(role);
		}

	}

	public static final List<Rule> RULES = List.of(
			// public
			open(HttpMethod.GET, "/login"), open(HttpMethod.POST, "/login"), open(null, "/actuator/health"),
			open(null, "/actuator/health/**"), open(HttpMethod.GET, "/v3/api-docs"),
			open(HttpMethod.GET, "/v3/api-docs/**"), open(HttpMethod.GET, "/swagger-ui.html"),
			open(HttpMethod.GET, "/swagger-ui/**"), open(HttpMethod.GET, "/webjars/**"),
			open(HttpMethod.GET, "/css/**"), open(HttpMethod.GET, "/js/**"), open(HttpMethod.GET, "/favicon.ico"),
			open(null, "/error"), open(HttpMethod.GET, "/f/*"), open(HttpMethod.POST, "/f/*"),
			open(HttpMethod.GET, "/t.js"), open(HttpMethod.POST, "/t/e"),
			// a person's meeting calendar, opened by its secret link
			open(HttpMethod.GET, "/calendar/*"),
			// a lead's unsubscribe link, from an email
			open(HttpMethod.GET, "/u/*"), open(HttpMethod.POST, "/u/*"),
			// a customer's satisfaction survey, opened by its secret link
			open(HttpMethod.GET, "/s/*"), open(HttpMethod.POST, "/s/*"),

			// administration
			rule(null, "/admin/profiles/**", HEADS), rule(null, "/admin/profiles", HEADS),
			rule(null, "/admin/reasons/**", HEADS), rule(null, "/admin/reasons", HEADS),
			rule(null, "/admin/**", ADMINS), rule(null, "/actuator/**", ADMINS),

			// pages everyone reads, and one's own settings
			rule(HttpMethod.GET, "/me", EVERYONE), rule(HttpMethod.POST, "/me", EVERYONE),
			rule(HttpMethod.POST, "/me/password", EVERYONE), rule(HttpMethod.GET, "/", EVERYONE),
			rule(HttpMethod.GET, "/board", EVERYONE), rule(HttpMethod.GET, "/funnel/rejections", REPORT_READERS),
			rule(HttpMethod.GET, "/funnel/quality", REPORT_READERS), rule(null, "/duplicates", DATA_STEWARDS),
			rule(null, "/duplicates/**", DATA_STEWARDS),

			// contacts, HTML
			rule(HttpMethod.GET, "/contacts/new", RECORD_EDITORS),
			rule(HttpMethod.GET, "/contacts/*/edit", RECORD_EDITORS), rule(HttpMethod.GET, "/contacts", EVERYONE),
			rule(HttpMethod.GET, "/contacts/*", EVERYONE), rule(HttpMethod.POST, "/contacts/*/erase", ADMINS),
			rule(HttpMethod.POST, "/contacts/*/delete", HEADS), rule(HttpMethod.POST, "/contacts/*/restore", HEADS),
			rule(HttpMethod.POST, "/contacts/*/accept", FEEDBACK),
			rule(HttpMethod.POST, "/contacts/*/reject", FEEDBACK), rule(HttpMethod.POST, "/contacts", RECORD_EDITORS),
			rule(HttpMethod.POST, "/contacts/**", RECORD_EDITORS), rule(HttpMethod.POST, "/board/move", RECORD_EDITORS),

			// accounts and deals, HTML
			rule(HttpMethod.GET, "/accounts/new", RECORD_EDITORS),
			rule(HttpMethod.GET, "/accounts/*/edit", RECORD_EDITORS), rule(HttpMethod.GET, "/accounts", EVERYONE),
			rule(HttpMethod.GET, "/accounts/*", EVERYONE), rule(HttpMethod.POST, "/accounts/*/delete", HEADS),
			rule(HttpMethod.POST, "/accounts/*/restore", HEADS), rule(HttpMethod.POST, "/accounts", RECORD_EDITORS),
			rule(HttpMethod.POST, "/accounts/*", RECORD_EDITORS), rule(HttpMethod.GET, "/deals/new", DEAL_EDITORS),
			rule(HttpMethod.GET, "/deals/*/edit", DEAL_EDITORS), rule(HttpMethod.GET, "/deals", EVERYONE),
			rule(HttpMethod.GET, "/deals/*", EVERYONE), rule(HttpMethod.POST, "/deals/*/delete", HEADS),
			rule(HttpMethod.POST, "/deals/*/stage", DEAL_EDITORS), rule(HttpMethod.POST, "/deals", DEAL_EDITORS),
			rule(HttpMethod.POST, "/deals/*", DEAL_EDITORS),

			// scoring
			rule(HttpMethod.GET, "/scoring", EVERYONE), rule(HttpMethod.GET, "/scoring/contacts/*", EVERYONE),
			rule(HttpMethod.POST, "/scoring/contacts/*/rescore", RECORD_EDITORS),
			rule(HttpMethod.POST, "/scoring/**", MARKETING_TOOLS),
			rule(HttpMethod.GET, "/api/v1/scoring/rules", EVERYONE),
			rule(HttpMethod.GET, "/api/v1/scoring/model", EVERYONE),
			rule(HttpMethod.POST, "/api/v1/scoring/model/train", MARKETING_TOOLS),
			rule(HttpMethod.POST, "/api/v1/scoring/rules", MARKETING_TOOLS),
			rule(HttpMethod.DELETE, "/api/v1/scoring/rules/*", MARKETING_TOOLS),
			rule(HttpMethod.PUT, "/api/v1/scoring/threshold", MARKETING_TOOLS),

			// web forms
			rule(HttpMethod.GET, "/forms", MARKETING_TOOLS), rule(null, "/forms/**", MARKETING_TOOLS),
			rule(HttpMethod.POST, "/forms", MARKETING_TOOLS), rule(HttpMethod.GET, "/imports", MARKETING_TOOLS),
			rule(HttpMethod.POST, "/imports", MARKETING_TOOLS), rule(null, "/imports/**", MARKETING_TOOLS),

			// routing and the inbox
			rule(HttpMethod.GET, "/inbox", EVERYONE), rule(HttpMethod.GET, "/inbox/badge", EVERYONE),
			rule(HttpMethod.POST, "/inbox/read", EVERYONE), rule(HttpMethod.GET, "/routing", EVERYONE),
			rule(HttpMethod.GET, "/routing/contacts/*", EVERYONE), rule(HttpMethod.POST, "/routing/**", HEADS),

			// the shared numbers, read by both departments (another person's only by
			// the heads, checked per request)
			rule(HttpMethod.GET, "/analytics", EVERYONE), rule(HttpMethod.GET, "/analytics/**", EVERYONE),
			rule(HttpMethod.POST, "/analytics/reports", EVERYONE),
			rule(HttpMethod.POST, "/analytics/reports/*/delete", EVERYONE),
			rule(HttpMethod.POST, "/analytics/reports/*/schedules", EVERYONE),
			rule(HttpMethod.POST, "/analytics/schedules/*/send", EVERYONE),
			rule(HttpMethod.POST, "/analytics/schedules/*/delete", EVERYONE), rule(HttpMethod.GET, "/kpis", EVERYONE),
			rule(HttpMethod.GET, "/goals/new", GOAL_SETTERS),
			rule(HttpMethod.POST, "/goals/alerts/*/acknowledge", EVERYONE), rule(HttpMethod.GET, "/goals", EVERYONE),
			rule(HttpMethod.GET, "/goals/*", EVERYONE), rule(HttpMethod.GET, "/goals/alerts/badge", EVERYONE),
			rule(HttpMethod.POST, "/goals", GOAL_SETTERS), rule(HttpMethod.POST, "/goals/**", GOAL_SETTERS),

			// campaigns, HTML: the calendar both departments read, planned by marketing
			// and the heads
			rule(HttpMethod.GET, "/campaigns/proposals", EVERYONE),
			rule(HttpMethod.POST, "/campaigns/proposals", EVERYONE),
			rule(HttpMethod.POST, "/campaigns/proposals/*/accept", MARKETING_TOOLS),
			rule(HttpMethod.POST, "/campaigns/proposals/*/decline", MARKETING_TOOLS),
			rule(HttpMethod.GET, "/campaigns/new", MARKETING_TOOLS),
			rule(HttpMethod.GET, "/campaigns/*/edit", MARKETING_TOOLS), rule(HttpMethod.GET, "/campaigns", EVERYONE),
			rule(HttpMethod.GET, "/campaigns/*", EVERYONE), rule(HttpMethod.POST, "/campaigns", MARKETING_TOOLS),
			rule(HttpMethod.POST, "/campaigns/*/comments", EVERYONE),
			rule(HttpMethod.POST, "/campaigns/*/decision", HEADS),
			rule(HttpMethod.POST, "/campaigns/**", MARKETING_TOOLS),

			// marketing materials: filed by marketing and the heads, read and sent by all
			// meetings: who sees and adds to one is checked per meeting (its participants
			// and the heads)
			rule(HttpMethod.GET, "/meetings", EVERYONE), rule(HttpMethod.GET, "/meetings/**", EVERYONE),
			rule(HttpMethod.POST, "/meetings/series", HEADS), rule(HttpMethod.POST, "/meetings/series/*", HEADS),
			rule(HttpMethod.POST, "/meetings/**", EVERYONE),

			// customers' words: reps log them on leads, marketing reads the themes
			rule(HttpMethod.GET, "/feedback", REPORT_READERS), rule(HttpMethod.GET, "/feedback/for/*", EVERYONE),
			rule(HttpMethod.POST, "/feedback", FEEDBACK),

			// comments on the record: who may read it is checked per record
			rule(HttpMethod.GET, "/comments/*/*", EVERYONE), rule(HttpMethod.POST, "/comments/*/*", EVERYONE),

			// email sequences to leads: marketing's tool
			rule(HttpMethod.GET, "/sequences", MARKETING_TOOLS), rule(HttpMethod.GET, "/sequences/**", MARKETING_TOOLS),
			rule(HttpMethod.POST, "/sequences", MARKETING_TOOLS),
			rule(HttpMethod.POST, "/sequences/**", MARKETING_TOOLS),

			// how news moves between the departments, and a team's choices of what it
			// hears
			rule(HttpMethod.GET, "/notifications/flow", LEADERS), rule(HttpMethod.GET, "/notifications/teams/*", HEADS),
			rule(HttpMethod.POST, "/notifications/teams/*", HEADS),
			// diagnostics: everyone answers the rounds they were asked to, the heads run
			// them, leadership reads the analysis
			rule(HttpMethod.GET, "/surveys", EVERYONE), rule(HttpMethod.GET, "/surveys/rounds/*/answer", EVERYONE),
			rule(HttpMethod.POST, "/surveys/rounds/*/answer", EVERYONE),
			rule(HttpMethod.GET, "/surveys/rounds/*", LEADERS), rule(HttpMethod.GET, "/surveys/**", HEADS),
			rule(HttpMethod.POST, "/surveys/**", HEADS), rule(HttpMethod.GET, "/api/v1/surveys/**", LEADERS),

			// conflicts: who sees one is checked per conflict (parties, their heads,
			// leadership); the heads act on it
			rule(HttpMethod.GET, "/conflicts", EVERYONE), rule(HttpMethod.POST, "/conflicts", EVERYONE),
			rule(HttpMethod.GET, "/conflicts/*", EVERYONE), rule(HttpMethod.POST, "/conflicts/*/notes", EVERYONE),
			rule(HttpMethod.POST, "/conflicts/**", HEADS), rule(HttpMethod.GET, "/api/v1/conflicts", EVERYONE),
			rule(HttpMethod.GET, "/api/v1/conflicts/*", EVERYONE),

			// incentive programmes: the heads run them, leadership reads them, a
			// participant reads their own statement (checked per programme)
			rule(HttpMethod.GET, "/incentives", EVERYONE), rule(HttpMethod.GET, "/incentives/**", EVERYONE),
			rule(HttpMethod.POST, "/incentives", HEADS), rule(HttpMethod.POST, "/incentives/**", HEADS),

			// leadership's page; kudos from anyone to anyone
			rule(HttpMethod.GET, "/leadership", LEADERS), rule(HttpMethod.GET, "/kudos", EVERYONE),
			rule(HttpMethod.POST, "/kudos", EVERYONE),
			// a customer's satisfaction on their page; asking them is for those who edit
			// it
			rule(HttpMethod.GET, "/pulse/for/*", EVERYONE), rule(HttpMethod.POST, "/pulse/for/*", RECORD_EDITORS),
			// development plans: checked per plan (the person, their heads, leadership)
			rule(HttpMethod.GET, "/development", EVERYONE), rule(HttpMethod.GET, "/development/*", EVERYONE),
			rule(HttpMethod.POST, "/development", HEADS), rule(HttpMethod.POST, "/development/**", EVERYONE),

			// training: everyone enrols, rates and (as a session's trainer) records who
			// came;
			// the heads set programmes up
			rule(HttpMethod.GET, "/training", EVERYONE), rule(HttpMethod.GET, "/training/**", EVERYONE),
			rule(HttpMethod.POST, "/training/sessions/*/enrol", EVERYONE),
			rule(HttpMethod.POST, "/training/sessions/*/leave", EVERYONE),
			rule(HttpMethod.POST, "/training/sessions/*/rating", EVERYONE),
			rule(HttpMethod.POST, "/training/sessions/*/attendance", EVERYONE),
			rule(HttpMethod.POST, "/training", HEADS), rule(HttpMethod.POST, "/training/**", HEADS),

			// joint projects: everyone reads them, the heads start them, their owner,
			// members
			// and the heads work on them (checked per project)
			rule(HttpMethod.GET, "/projects", EVERYONE), rule(HttpMethod.GET, "/projects/**", EVERYONE),
			rule(HttpMethod.POST, "/projects", HEADS), rule(HttpMethod.POST, "/projects/**", EVERYONE),

			// one's own notifications and choices
			rule(HttpMethod.GET, "/notifications", EVERYONE), rule(HttpMethod.GET, "/notifications/**", EVERYONE),
			rule(HttpMethod.POST, "/notifications/**", EVERYONE),

			rule(HttpMethod.GET, "/materials/new", MARKETING_TOOLS),
			rule(HttpMethod.GET, "/materials/*/edit", MARKETING_TOOLS), rule(HttpMethod.GET, "/materials", EVERYONE),
			rule(HttpMethod.GET, "/materials/**", EVERYONE), rule(HttpMethod.POST, "/materials/*/sends", EVERYONE),
			rule(HttpMethod.POST, "/materials", MARKETING_TOOLS),
			rule(HttpMethod.POST, "/materials/**", MARKETING_TOOLS),
			// meetings and action items: who sees and adds to a meeting is checked per
			// meeting
			rule(HttpMethod.GET, "/api/v1/meetings", EVERYONE), rule(HttpMethod.GET, "/api/v1/meetings/*", EVERYONE),
			rule(HttpMethod.POST, "/api/v1/meetings/*/action-items", EVERYONE),
			rule(HttpMethod.POST, "/api/v1/meetings/*/decisions", EVERYONE),
			rule(HttpMethod.GET, "/api/v1/action-items", EVERYONE),
			rule(HttpMethod.POST, "/api/v1/action-items/*/status", EVERYONE),
			rule(HttpMethod.GET, "/api/v1/materials", EVERYONE), rule(HttpMethod.GET, "/api/v1/materials/**", EVERYONE),
			rule(HttpMethod.POST, "/api/v1/materials/*/sends", EVERYONE),
			rule(HttpMethod.POST, "/api/v1/materials", MARKETING_TOOLS),

			// the API: comments, whose record's visibility is checked per record
			rule(HttpMethod.GET, "/api/v1/comments/*/*", EVERYONE),
			rule(HttpMethod.POST, "/api/v1/comments/*/*", EVERYONE),

			// the API: intake
			rule(HttpMethod.POST, "/api/v1/intake/**", INTAKE),

			// the API: campaigns, read by both departments, run by marketing and the
			// heads
			rule(HttpMethod.GET, "/api/v1/campaigns", EVERYONE), rule(HttpMethod.GET, "/api/v1/campaigns/**", EVERYONE),
			rule(HttpMethod.POST, "/api/v1/campaigns", MARKETING_TOOLS),
			rule(HttpMethod.POST, "/api/v1/campaigns/*/comments", EVERYONE),
			rule(HttpMethod.POST, "/api/v1/campaigns/*/decision", HEADS),
			rule(HttpMethod.POST, "/api/v1/campaigns/**", MARKETING_TOOLS),
			rule(HttpMethod.PUT, "/api/v1/campaigns/*", MARKETING_TOOLS),
			rule(HttpMethod.PUT, "/api/v1/campaigns/*/brief", MARKETING_TOOLS),

			// the API: KPIs
			rule(HttpMethod.GET, "/api/v1/kpis", EVERYONE), rule(HttpMethod.GET, "/api/v1/kpis/**", EVERYONE),
			rule(HttpMethod.GET, "/api/v1/forecast", EVERYONE), rule(HttpMethod.GET, "/api/v1/goals", EVERYONE),
			rule(HttpMethod.GET, "/api/v1/goals/**", EVERYONE), rule(HttpMethod.POST, "/api/v1/goals", GOAL_SETTERS),
			rule(HttpMethod.POST, "/api/v1/goals/**", GOAL_SETTERS),
			rule(HttpMethod.PUT, "/api/v1/goals/*", GOAL_SETTERS), rule(HttpMethod.GET, "/api/v1/kpi-alerts", EVERYONE),
			rule(HttpMethod.GET, "/api/v1/kpi-alerts/**", EVERYONE),
			rule(HttpMethod.POST, "/api/v1/kpi-alerts/*/acknowledge", EVERYONE),
			rule(HttpMethod.POST, "/api/v1/kpi-alerts/**", GOAL_SETTERS),
			rule(HttpMethod.PUT, "/api/v1/kpi-alerts/**", GOAL_SETTERS),

			// the API: contacts
			rule(HttpMethod.GET, "/api/v1/contacts/duplicates", DATA_STEWARDS),
			rule(HttpMethod.POST, "/api/v1/contacts/merge", DATA_STEWARDS),
			rule(HttpMethod.POST, "/api/v1/contacts/*/erase", ADMINS),
			rule(HttpMethod.POST, "/api/v1/contacts/*/restore", HEADS),
			rule(HttpMethod.DELETE, "/api/v1/contacts/*", HEADS),
			rule(HttpMethod.POST, "/api/v1/contacts/*/feedback", FEEDBACK),
			rule(HttpMethod.GET, "/api/v1/contacts", EVERYONE), rule(HttpMethod.GET, "/api/v1/contacts/**", EVERYONE),
			rule(HttpMethod.POST, "/api/v1/contacts", RECORD_EDITORS),
			rule(HttpMethod.POST, "/api/v1/contacts/*/transitions", RECORD_EDITORS),
			rule(HttpMethod.PUT, "/api/v1/contacts/**", RECORD_EDITORS),

			// the API: accounts, deals, activities, pipelines, people, reasons
			rule(HttpMethod.DELETE, "/api/v1/accounts/*", HEADS), rule(HttpMethod.GET, "/api/v1/accounts", EVERYONE),
			rule(HttpMethod.GET, "/api/v1/accounts/**", EVERYONE),
			rule(HttpMethod.POST, "/api/v1/accounts", RECORD_EDITORS),
			rule(HttpMethod.PUT, "/api/v1/accounts/*", RECORD_EDITORS),
			rule(HttpMethod.DELETE, "/api/v1/deals/*", HEADS), rule(HttpMethod.GET, "/api/v1/deals", EVERYONE),
			rule(HttpMethod.GET, "/api/v1/deals/**", EVERYONE), rule(HttpMethod.POST, "/api/v1/deals", DEAL_EDITORS),
			rule(HttpMethod.PUT, "/api/v1/deals/*", DEAL_EDITORS), rule(HttpMethod.GET, "/api/v1/activities", EVERYONE),
			rule(HttpMethod.POST, "/api/v1/activities", RECORD_EDITORS),
			rule(HttpMethod.GET, "/api/v1/pipelines", EVERYONE), rule(HttpMethod.GET, "/api/v1/pipelines/*", EVERYONE),
			rule(HttpMethod.POST, "/api/v1/pipelines", ADMINS), rule(HttpMethod.PUT, "/api/v1/pipelines/*", ADMINS),
			rule(HttpMethod.GET, "/api/v1/users", EVERYONE), rule(HttpMethod.GET, "/api/v1/teams", EVERYONE),
			rule(HttpMethod.GET, "/api/v1/reasons", EVERYONE));

	/**
	 * Whether the route policy lets a role make this request (to show or hide a control).
	 */
	public static boolean allows(HttpMethod method, String path, Role role) {
		return ruleFor(method, path).map(rule -> rule.allows(role)).orElse(false);
	}

	/**
	 * The first rule that matches a request, if any; a request without one is denied.
	 */
	public static java.util.Optional<Rule> ruleFor(HttpMethod method, String path) {
		org.springframework.util.AntPathMatcher matcher = new org.springframework.util.AntPathMatcher();
		return RULES.stream()
			.filter(rule -> (rule.method() == null || rule.method().equals(method))
					&& matcher.match(rule.pattern(), path))
			.findFirst();
	}

	private AccessPolicy() {
	}

	private static Rule open(@Nullable HttpMethod method, String pattern) {
		return new Rule(method, pattern, Set.of(), true);
	}

	private static Rule rule(@Nullable HttpMethod method, String pattern, Set<Role> roles) {
		return new Rule(method, pattern, roles, false);
	}

}
