package org.tandem.analytics.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.tandem.analytics.Cadence;
import org.tandem.analytics.Dashboard;
import org.tandem.analytics.ReportSchedule;
import org.tandem.analytics.ReportSchedules;
import org.tandem.analytics.Reports;
import org.tandem.campaigns.AttributionModel;
import org.tandem.goals.KpiAccess;
import org.tandem.goals.KpiFacts;
import org.tandem.goals.KpiFilter;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserSummary;
import org.tandem.platform.CsvDownload;
import org.tandem.platform.InputRejectedException;

/**
 * The dashboards: each a set of sections (chart, table underneath, CSV export), the same
 * filters on all of them, and the reports saved from them.
 */
@Controller
@RequestMapping("/analytics")
class AnalyticsController {

	private final DashboardBuilder builder;

	private final KpiFacts facts;

	private final Reports reports;

	private final KpiAccess access;

	private final ReportSchedules schedules;

	private final UserDirectory directory;

	private final ReportMailer mailer;

	private final MessageSource messages;

	AnalyticsController(DashboardBuilder builder, KpiFacts facts, Reports reports, KpiAccess access,
			ReportSchedules schedules, ReportMailer mailer, MessageSource messages, UserDirectory directory) {
		this.directory = directory;
		this.schedules = schedules;
		this.mailer = mailer;
		this.messages = messages;
		this.builder = builder;
		this.facts = facts;
		this.reports = reports;
		this.access = access;
	}

	@GetMapping
	String funnel(DashboardRequest request, HttpServletRequest http, Model model) {
		return show(Dashboard.FUNNEL, request, http, model);
	}

	@GetMapping("/cohorts")
	String cohorts(DashboardRequest request, HttpServletRequest http, Model model) {
		return show(Dashboard.COHORTS, request, http, model);
	}

	@GetMapping("/leaderboard")
	String leaderboard(DashboardRequest request, HttpServletRequest http, Model model) {
		return show(Dashboard.LEADERBOARD, request, http, model);
	}

	@GetMapping("/forecast")
	String forecast(DashboardRequest request, HttpServletRequest http, Model model) {
		return show(Dashboard.FORECAST, request, http, model);
	}

	@GetMapping("/leadership")
	String leadership(DashboardRequest request, HttpServletRequest http, Model model) {
		return show(Dashboard.LEADERSHIP, request, http, model);
	}

	/**
	 * The shared numbers on the home page, loaded into it: the KPI definitions, not a
	 * count of its own.
	 */
	@GetMapping("/home")
	String home(Model model) {
		model.addAttribute("s",
				this.builder.home(java.time.LocalDate.now(this.facts.zone()), LocaleContextHolder.getLocale()));
		return "analytics/home :: numbers";
	}

	/** One section's table as CSV, for the same filters as the page. */
	@GetMapping("/export")
	ResponseEntity<String> export(@RequestParam Dashboard dashboard, @RequestParam String section,
			DashboardRequest request) {
		Section found = sections(dashboard, request).stream()
			.filter(candidate -> candidate.id().equals(section))
			.findFirst()
			.orElseThrow(() -> new InputRejectedException(HttpStatus.NOT_FOUND, "section",
					"no section " + section + " on the " + dashboard + " dashboard"));
		List<List<String>> rows = new java.util.ArrayList<>();
		rows.add(found.header());
		found.rows().forEach(row -> rows.add(row.stream().map(Cell::raw).toList()));
		KpiFilter filter = request.filter(this.facts.zone(), dashboard);
		return CsvDownload.of(dashboard.name().toLowerCase(Locale.ROOT) + "-" + section + "-" + filter.from() + "-"
				+ filter.to() + ".csv", rows);
	}

	/** The same sections as the page, as a PDF with their tables and notes. */
	@GetMapping("/export.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam Dashboard dashboard, DashboardRequest request) {
		KpiFilter filter = request.filter(this.facts.zone(), dashboard);
		Locale locale = LocaleContextHolder.getLocale();
		String title = this.messages.getMessage("analytics." + dashboard, null, dashboard.name(), locale);
		String covers = this.messages.getMessage("delivery.period",
				new Object[] { filter.from(), filter.to(), this.facts.zone().getId() }, "", locale);
		byte[] pdf = ReportDocuments.pdf(title, covers, sections(dashboard, request));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(dashboard.name().toLowerCase(Locale.ROOT) + "-" + filter.from() + "-" + filter.to() + ".pdf")
				.build()
				.toString())
			.contentType(MediaType.APPLICATION_PDF)
			.body(pdf);
	}

	/** Sets up the delivery of a saved report by email. */
	@PostMapping("/reports/{id}/schedules")
	String schedule(@PathVariable UUID id, @RequestParam Dashboard dashboard, @RequestParam Cadence cadence,
			@RequestParam(defaultValue = "false") boolean pdf, @RequestParam(defaultValue = "false") boolean csv,
			@RequestParam(defaultValue = "") String recipients, RedirectAttributes redirect) {
		try {
			this.schedules.create(id, cadence, pdf, csv, recipients, LocaleContextHolder.getLocale(),
					CurrentUsers.require());
			redirect.addFlashAttribute("notice", "delivery.scheduled");
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error",
					"recipients".equals(ex.field()) ? "delivery.badRecipients" : "delivery.noFormat");
		}
		return "redirect:" + dashboard.url();
	}

	/** Sends a delivery now, as its schedule would: its owner or a head may. */
	@PostMapping("/schedules/{id}/send")
	String sendNow(@PathVariable UUID id, @RequestParam Dashboard dashboard, RedirectAttributes redirect) {
		ReportSchedule schedule = this.schedules.get(id);
		this.schedules.requireOwnerOrHead(schedule, CurrentUsers.require());
		boolean sent = this.mailer.deliver(schedule);
		redirect.addFlashAttribute(sent ? "notice" : "error", sent ? "delivery.sent" : "delivery.failed");
		return "redirect:" + dashboard.url();
	}

	@PostMapping("/schedules/{id}/delete")
	String unschedule(@PathVariable UUID id, @RequestParam Dashboard dashboard, RedirectAttributes redirect) {
		this.schedules.delete(id, CurrentUsers.require());
		redirect.addFlashAttribute("notice", "delivery.stopped");
		return "redirect:" + dashboard.url();
	}

	@PostMapping("/reports")
	String save(@RequestParam String name, @RequestParam Dashboard dashboard, @RequestParam String query,
			RedirectAttributes redirect) {
		this.reports.save(name, dashboard, query, CurrentUsers.require());
		redirect.addFlashAttribute("notice", "notice.saved");
		return "redirect:" + dashboard.url() + (query.isEmpty() ? "" : "?" + query);
	}

	@PostMapping("/reports/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam Dashboard dashboard, RedirectAttributes redirect) {
		this.reports.delete(id, CurrentUsers.require());
		redirect.addFlashAttribute("notice", "analytics.reportDeleted");
		return "redirect:" + dashboard.url();
	}

	private String show(Dashboard dashboard, DashboardRequest request, HttpServletRequest http, Model model) {
		KpiFilter filter = request.filter(this.facts.zone(), dashboard);
		CurrentUser viewer = CurrentUsers.require();
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("dashboards", Dashboard.values());
		model.addAttribute("filter", filter);
		model.addAttribute("model", request.attribution());
		model.addAttribute("models", AttributionModel.values());
		model.addAttribute("sections", sections(dashboard, request));
		model.addAttribute("query", query(http));
		model.addAttribute("reports",
				this.reports.all().stream().filter(report -> report.dashboard() == dashboard).toList());
		model.addAttribute("schedules", this.schedules.all());
		model.addAttribute("cadences", Cadence.values());
		model.addAttribute("myEmail", this.directory.find(viewer.id()).map(UserSummary::email).orElse(""));
		model.addAllAttributes(this.access.filterOptions(viewer));
		model.addAttribute("zone", this.facts.zone().getId());
		return "analytics/dashboard";
	}

	private List<Section> sections(Dashboard dashboard, DashboardRequest request) {
		KpiFilter filter = request.filter(this.facts.zone(), dashboard);
		CurrentUser viewer = CurrentUsers.require();
		this.access.check(filter, viewer, false);
		return this.builder.sections(dashboard, filter, request.attribution(), viewer, LocaleContextHolder.getLocale());
	}

	/**
	 * The page's query string without the language switch, for links and saved reports.
	 */
	private static String query(HttpServletRequest http) {
		@Nullable String query = http.getQueryString();
		if (query == null) {
			return "";
		}
		@Nullable String cleaned = UriComponentsBuilder.newInstance().query(query).replaceQueryParam("lang").build().getQuery();
		return cleaned == null ? "" : cleaned;
	}

}
