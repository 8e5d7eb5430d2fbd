package org.tandem.analytics.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.tandem.analytics.ReportSchedule;
import org.tandem.analytics.ReportSchedules;
import org.tandem.analytics.SavedReport;
import org.tandem.analytics.domain.ReportStore;
import org.tandem.goals.KpiAccess;
import org.tandem.goals.KpiFacts;
import org.tandem.goals.KpiFilter;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserSummary;

/**
 * Sends the saved reports that are due: each one's sections as the person who set up the
 * delivery sees them, as a PDF and/or one CSV per table, by email in their language. A
 * delivery that fails is recorded with its error and tried again at the next run.
 */
@Component
class ReportMailer {

	private static final Logger log = LoggerFactory.getLogger(ReportMailer.class);

	private final ReportSchedules schedules;

	private final ReportStore reports;

	private final DashboardBuilder builder;

	private final KpiFacts facts;

	private final KpiAccess access;

	private final UserDirectory directory;

	private final ObjectProvider<JavaMailSender> mail;

	private final MessageSource messages;

	private final String from;

	ReportMailer(ReportSchedules schedules, ReportStore reports, DashboardBuilder builder, KpiFacts facts,
			KpiAccess access, UserDirectory directory, ObjectProvider<JavaMailSender> mail, MessageSource messages,
			@Value("${tandem.mail.from:tandem@tandem.local}") String from) {
		this.schedules = schedules;
		this.reports = reports;
		this.builder = builder;
		this.facts = facts;
		this.access = access;
		this.directory = directory;
		this.mail = mail;
		this.messages = messages;
		this.from = from;
	}

	@SchedulerLock(name = "analytics.report-mailer", lockAtMostFor = "30m")
	@Scheduled(fixedDelayString = "${tandem.analytics.delivery-check:60s}",
			initialDelayString = "${tandem.analytics.delivery-check:60s}")
	void sendDue() {
		for (ReportSchedule schedule : this.schedules.due(20)) {
			if (this.schedules.claim(schedule)) {
				deliver(schedule);
			}
		}
	}

	/** Sends one delivery now and records how it went; true when it was sent. */
	boolean deliver(ReportSchedule schedule) {
		try {
			send(schedule);
			this.schedules.ran(schedule.id(), true, null);
			return true;
		}
		catch (MessagingException | RuntimeException ex) {
			log.warn("Report delivery {} failed: {}", schedule.id(), ex.getMessage());
			this.schedules.ran(schedule.id(), false,
					ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
			return false;
		}
	}

	private void send(ReportSchedule schedule) throws MessagingException {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			throw new IllegalStateException("no mail server is configured (spring.mail.host)");
		}
		SavedReport report = this.reports.find(schedule.report())
			.orElseThrow(() -> new IllegalStateException("the saved report is gone"));
		UserSummary owner = this.directory.find(schedule.owner())
			.filter(UserSummary::enabled)
			.orElseThrow(() -> new IllegalStateException("the one who set up the delivery can no longer log in"));
		CurrentUser viewer = CurrentUser.of(owner);
		Locale locale = Locale.forLanguageTag(schedule.locale());
		DashboardRequest request = DashboardRequest.parse(report.query());
		KpiFilter filter = request.filter(this.facts.zone(), report.dashboard());
		this.access.check(filter, viewer, false);
		List<Section> sections = this.builder.sections(report.dashboard(), filter, request.attribution(), viewer,
				locale);
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		String period = dates.format(filter.from()) + " – " + dates.format(filter.to());
		String dashboard = text("analytics." + report.dashboard(), locale);
		String subject = text("delivery.subject", locale, report.name(), period);
		String covers = text("delivery.covers", locale, dashboard, period, this.facts.zone().getId(),
				owner.displayName());
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(schedule.recipients().toArray(String[]::new));
		helper.setSubject(subject);
		StringBuilder plain = new StringBuilder(covers).append("\n\n");
		StringBuilder html = new StringBuilder("<p>").append(HtmlUtils.htmlEscape(covers)).append("</p><ul>");
		for (Section section : sections) {
			plain.append("- ").append(section.title()).append('\n');
			html.append("<li>").append(HtmlUtils.htmlEscape(section.title())).append("</li>");
		}
		html.append("</ul><p>").append(HtmlUtils.htmlEscape(text("delivery.attached", locale))).append("</p>");
		plain.append('\n').append(text("delivery.attached", locale));
		helper.setText(plain.toString(), html.toString());
		String file = fileName(report.name()) + "-" + filter.from() + "-" + filter.to();
		if (schedule.pdf()) {
			helper.addAttachment(file + ".pdf",
					new ByteArrayResource(ReportDocuments.pdf(report.name(), covers, sections)), "application/pdf");
		}
		if (schedule.csv()) {
			for (Section section : sections) {
				helper.addAttachment(file + "-" + section.id() + ".csv",
						new ByteArrayResource(
								ReportDocuments.csv(section).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
						"text/csv; charset=UTF-8");
			}
		}
		sender.send(message);
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	/** A report's name as a file name: letters, digits and dashes. */
	static String fileName(String name) {
		String safe = name.strip().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+)|(-+$)", "");
		return Optional.of(safe).filter(value -> !value.isEmpty()).orElse("report");
	}

}
