package org.tandem.training;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.campaigns.AttributionModel;
import org.tandem.campaigns.CampaignReports;
import org.tandem.campaigns.CampaignResult;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.funnel.FunnelReports;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.TeamId;
import org.tandem.identity.TeamKind;
import org.tandem.identity.TeamSummary;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Words;
import org.tandem.surveys.Diagnostics;
import org.tandem.surveys.Divergence;
import org.tandem.surveys.DivergencePoint;
import org.tandem.surveys.QuestionKind;
import org.tandem.surveys.Round;
import org.tandem.training.domain.TrainingStore;

/**
 * Cross-functional training: the heads set up programmes and their sessions; anyone
 * enrols; the trainer or a head records who came; attendees rate the session. A person
 * has completed a programme once they attended every one of its sessions.
 */
@Service
@Transactional
public class Training {

	private final TrainingStore store;

	private final UserDirectory directory;

	private final Diagnostics diagnostics;

	private final FunnelReports funnel;

	private final ContactManagement contacts;

	private final CampaignReports campaignReports;

	private final Clock clock;

	Training(TrainingStore store, UserDirectory directory, Diagnostics diagnostics, FunnelReports funnel,
			ContactManagement contacts, CampaignReports campaignReports, Clock clock) {
		this.campaignReports = campaignReports;
		this.store = store;
		this.directory = directory;
		this.diagnostics = diagnostics;
		this.funnel = funnel;
		this.contacts = contacts;
		this.clock = clock;
	}

	// programmes and sessions

	public Programme create(String title, String description, TeamKind taughtBy, List<String> skills, CurrentUser by) {
		if (taughtBy != TeamKind.MARKETING && taughtBy != TeamKind.SALES) {
			throw new InputRejectedException("taughtBy", "marketing or sales teaches");
		}
		List<String> kept = skills.stream().map(String::strip).filter(skill -> !skill.isEmpty()).distinct().toList();
		if (kept.size() > 20 || kept.stream().anyMatch(skill -> skill.length() > 80)) {
			throw new InputRejectedException("skills", "up to 20 skills of up to 80 characters, one per line");
		}
		Programme programme = new Programme(UUID.randomUUID(), Words.required("title", title, 200),
				Words.required("description", description, 4000), taughtBy, kept, by.displayName());
		this.store.insert(programme, this.clock.instant());
		return programme;
	}

	@Transactional(readOnly = true)
	public List<Programme> programmes() {
		return this.store.programmes();
	}

	@Transactional(readOnly = true)
	public Programme programme(UUID id) {
		return this.store.programme(id).orElseThrow(() -> new NotFoundException("Programme", id));
	}

	public Session addSession(UUID programme, String title, SessionFormat format, Instant startsAt, int minutes,
			UserId trainer, @Nullable String materials, int capacity) {
		programme(programme);
		UserSummary teacher = this.directory.find(trainer)
			.filter(UserSummary::enabled)
			.orElseThrow(() -> new InputRejectedException("trainer", "is not a person who can log in"));
		if (minutes < 15 || minutes > 480) {
			throw new InputRejectedException("minutes", "a session lasts 15 to 480 minutes");
		}
		if (capacity < 1 || capacity > 500) {
			throw new InputRejectedException("capacity", "from 1 to 500 people");
		}
		Instant now = this.clock.instant();
		if (startsAt.isBefore(now.minus(Duration.ofDays(365))) || startsAt.isAfter(now.plus(Duration.ofDays(730)))) {
			throw new InputRejectedException("startsAt", "within a year back and two ahead");
		}
		String notes = materials == null || materials.isBlank() ? null : materials.strip();
		if (notes != null && notes.length() > 4000) {
			throw new InputRejectedException("materials", "up to 4000 characters");
		}
		Session session = new Session(UUID.randomUUID(), programme, Words.required("title", title, 200), format,
				startsAt, minutes, trainer, teacher.displayName(), notes, capacity);
		this.store.insert(session);
		return session;
	}

	@Transactional(readOnly = true)
	public List<Session> sessions() {
		return this.store.sessions();
	}

	@Transactional(readOnly = true)
	public Session session(UUID id) {
		return sessions().stream()
			.filter(session -> session.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Session", id));
	}

	/** Enrols a person in a session that has not started and has room. */
	public void enrol(UUID sessionId, UserId person) {
		Session session = session(sessionId);
		if (!session.startsAt().isAfter(this.clock.instant())) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "session", "the session has started");
		}
		if (this.store.enrolled(sessionId) >= session.capacity()) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "full", "the session is full");
		}
		this.store.enrol(sessionId, person);
	}

	public void leave(UUID sessionId, UserId person) {
		session(sessionId);
		this.store.leave(sessionId, person);
	}

	/**
	 * Records whether an enrolled person came: the trainer's or a head's, once it
	 * started.
	 */
	public void mark(UUID sessionId, UserId person, Attendance attendance, CurrentUser by) {
		Session session = session(sessionId);
		if (!session.trainer().equals(by.id()) && by.role() != Role.MANAGER && by.role() != Role.ADMIN) {
			throw new InputRejectedException(HttpStatus.FORBIDDEN, "session",
					"the trainer and the heads record attendance");
		}
		if (session.startsAt().isAfter(this.clock.instant())) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "session", "the session has not started");
		}
		this.store.attendance(sessionId, person, attendance);
	}

	/** An attendee's rating of a session (1–5) and a comment, once. */
	public void rate(UUID sessionId, UserId person, int rating, @Nullable String comment) {
		session(sessionId);
		if (rating < 1 || rating > 5) {
			throw new InputRejectedException("rating", "is from 1 to 5");
		}
		String said = comment == null || comment.isBlank() ? null : comment.strip();
		if (said != null && said.length() > 2000) {
			throw new InputRejectedException("comment", "up to 2000 characters");
		}
		if (!this.store.rate(sessionId, person, rating, said, this.clock.instant())) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "rating",
					"only those who attended rate a session, once");
		}
	}

	/** Every enrolment with the person's name. */
	@Transactional(readOnly = true)
	public List<Enrolment> enrolments() {
		Map<UserId, String> names = new HashMap<>();
		this.directory.all().forEach(person -> names.put(person.id(), person.displayName()));
		return this.store.enrolments()
			.stream()
			.map(e -> new Enrolment(e.session(), e.person(), names.getOrDefault(e.person(), "—"), e.attendance(),
					e.rating(), e.comment(), e.ratedAt()))
			.sorted(Comparator.comparing(Enrolment::name))
			.toList();
	}

	// records, the skills matrix, completion

	/** A person's progress in a programme. */
	public record Progress(Programme programme, UserId person, String name, long attended, long sessions,
			boolean completed) {
	}

	/**
	 * Everyone's progress in every programme they enrolled in: completed once they
	 * attended every session of it.
	 */
	@Transactional(readOnly = true)
	public List<Progress> progress() {
		List<Session> known = sessions();
		Map<UUID, List<Session>> byProgramme = known.stream().collect(Collectors.groupingBy(Session::programme));
		Map<UUID, UUID> programmeOf = new HashMap<>();
		known.forEach(session -> programmeOf.put(session.id(), session.programme()));
		Map<UUID, Map<UserId, long[]>> counts = new LinkedHashMap<>();
		Map<UserId, String> names = new HashMap<>();
		for (Enrolment enrolment : enrolments()) {
			names.put(enrolment.person(), enrolment.name());
			long[] count = counts.computeIfAbsent(programmeOf.get(enrolment.session()), id -> new LinkedHashMap<>())
				.computeIfAbsent(enrolment.person(), person -> new long[1]);
			if (enrolment.attendance() == Attendance.ATTENDED) {
				count[0]++;
			}
		}
		List<Progress> all = new ArrayList<>();
		for (Programme programme : programmes()) {
			long sessions = byProgramme.getOrDefault(programme.id(), List.of()).size();
			counts.getOrDefault(programme.id(), Map.of())
				.forEach((person, count) -> all.add(new Progress(programme, person, names.get(person), count[0],
						sessions, sessions > 0 && count[0] >= sessions)));
		}
		return all;
	}

	/** People who kept up with their programmes, over those taking part. */
	public record Completion(long completed, long participants) {

		public @Nullable Double share() {
			return this.participants == 0 ? null : (double) this.completed / this.participants;
		}

	}

	/**
	 * A session taught by sales for each marketer with a campaign of the last 90 days
	 * whose MQLs sales accepts at half the rate of all such campaigns or less (ten MQLs
	 * or more); the worst of their campaigns is named.
	 */
	private void campaigns(List<Suggestion> suggestions) {
		LocalDate recent = LocalDate.now(this.clock).minusDays(90);
		List<CampaignResult> results = this.campaignReports.results(AttributionModel.LAST_TOUCH)
			.stream()
			.filter(result -> result.mqls() >= 10 && result.campaign().owner() != null)
			.filter(result -> result.campaign().endsOn() == null || !result.campaign().endsOn().isBefore(recent))
			.toList();
		long mqls = results.stream().mapToLong(CampaignResult::mqls).sum();
		long sqls = results.stream().mapToLong(CampaignResult::sqls).sum();
		if (mqls == 0) {
			return;
		}
		double overall = (double) sqls / mqls;
		Map<UserId, CampaignResult> worst = new LinkedHashMap<>();
		for (CampaignResult result : results) {
			double accepted = (double) result.sqls() / result.mqls();
			CampaignResult before = worst.get(result.campaign().owner());
			if (accepted <= overall / 2 && (before == null || accepted < (double) before.sqls() / before.mqls())) {
				worst.put(result.campaign().owner(), result);
			}
		}
		worst.forEach((owner, result) -> this.directory.find(owner)
			.ifPresent(person -> suggestions.add(new Suggestion("training.suggest.campaigns",
					List.of(person.displayName(), result.campaign().name(),
							String.valueOf(Math.round(100.0 * result.sqls() / result.mqls())),
							String.valueOf(Math.round(100 * overall))),
					"#training.suggest.campaignTitle", TeamKind.SALES))));
	}

	/**
	 * Of the people enrolled in a programme with sessions already held, those who
	 * attended every session held so far: whether training is kept up, while programmes
	 * run.
	 */
	@Transactional(readOnly = true)
	public Completion completion() {
		Instant now = this.clock.instant();
		Map<UUID, Long> held = new HashMap<>();
		sessions().stream()
			.filter(session -> session.over(now))
			.forEach(session -> held.merge(session.programme(), 1L, Long::sum));
		List<Progress> counted = progress().stream()
			.filter(progress -> held.containsKey(progress.programme().id()))
			.toList();
		return new Completion(
				counted.stream().filter(progress -> progress.attended() >= held.get(progress.programme().id())).count(),
				counted.size());
	}

	/**
	 * A team's training: its people, those taking part, sessions attended, programmes
	 * completed.
	 */
	public record TeamRecord(TeamSummary team, long people, long participants, long attended, long completed) {
	}

	@Transactional(readOnly = true)
	public List<TeamRecord> teamRecords() {
		Map<UserId, TeamId> teamOf = new HashMap<>();
		Map<TeamId, Long> sizes = new HashMap<>();
		for (UserSummary person : this.directory.all()) {
			if (person.enabled() && person.team() != null) {
				teamOf.put(person.id(), person.team());
				sizes.merge(person.team(), 1L, Long::sum);
			}
		}
		Map<TeamId, Set<UserId>> participants = new HashMap<>();
		Map<TeamId, long[]> counts = new HashMap<>();
		for (Progress progress : progress()) {
			TeamId team = teamOf.get(progress.person());
			if (team == null) {
				continue;
			}
			participants.computeIfAbsent(team, id -> new LinkedHashSet<>()).add(progress.person());
			long[] count = counts.computeIfAbsent(team, id -> new long[2]);
			count[0] += progress.attended();
			count[1] += progress.completed() ? 1 : 0;
		}
		return this.directory.teams()
			.stream()
			.filter(team -> team.kind() == TeamKind.MARKETING || team.kind() == TeamKind.SALES)
			.map(team -> new TeamRecord(team, sizes.getOrDefault(team.id(), 0L),
					participants.getOrDefault(team.id(), Set.of()).size(),
					counts.getOrDefault(team.id(), new long[2])[0], counts.getOrDefault(team.id(), new long[2])[1]))
			.toList();
	}

	/**
	 * Who has learned what: each person of marketing and sales against every skill a
	 * programme teaches, learned once they completed a programme that covers it.
	 */
	public record Matrix(List<String> skills, List<UserSummary> people, Set<String> learned) {

		public boolean has(UserSummary person, String skill) {
			return this.learned.contains(person.id().value() + "|" + skill);
		}

	}

	@Transactional(readOnly = true)
	public Matrix matrix() {
		Set<String> skills = new java.util.TreeSet<>();
		programmes().forEach(programme -> skills.addAll(programme.skills()));
		Set<String> learned = new LinkedHashSet<>();
		for (Progress progress : progress()) {
			if (progress.completed()) {
				progress.programme().skills().forEach(skill -> learned.add(progress.person().value() + "|" + skill));
			}
		}
		List<UserSummary> people = this.directory.all()
			.stream()
			.filter(UserSummary::enabled)
			.filter(person -> person.department() == TeamKind.MARKETING || person.department() == TeamKind.SALES)
			.sorted(Comparator.comparing((UserSummary person) -> person.department())
				.thenComparing(UserSummary::displayName))
			.toList();
		return new Matrix(List.copyOf(skills), people, learned);
	}

	// suggestions

	/**
	 * Training worth setting up: on the first two divergence points of the latest
	 * measured diagnostics round (as the heads ranked them, else the widest), taught by
	 * the department that agrees more; and on lead qualification for the reps who sent
	 * back half again as many MQLs as all reps did over 90 days (at least five verdicts),
	 * taught by marketing.
	 */
	@Transactional(readOnly = true)
	public List<Suggestion> suggestions() {
		List<Suggestion> suggestions = new ArrayList<>();
		List<Round> rounds = this.diagnostics.rounds();
		for (Round round : rounds) {
			Divergence divergence = this.diagnostics.analysis(round.id());
			if (!divergence.shown() || divergence.index() == null) {
				continue;
			}
			List<Divergence.QuestionResult> first = this.diagnostics.points(round.id(), divergence)
				.stream()
				.map(DivergencePoint::result)
				.limit(2)
				.toList();
			for (Divergence.QuestionResult result : first) {
				if (result.distance() == null || result.distance() < 0.25) {
					continue;
				}
				boolean marketingAgrees = result.question().kind() == QuestionKind.LIKERT && result.difference() != null
						&& result.difference() < 0;
				suggestions.add(new Suggestion("training.suggest.divergence",
						List.of(round.title(), result.question().text(),
								String.valueOf(Math.round(result.alignment()))),
						result.question().text(), marketingAgrees ? TeamKind.SALES : TeamKind.MARKETING));
			}
			break;
		}
		campaigns(suggestions);
		Map<ContactId, Boolean> verdicts = this.funnel.salesVerdicts(this.clock.instant().minus(Duration.ofDays(90)));
		Map<ContactId, ContactSummary> leads = this.contacts.findAll(verdicts.keySet());
		Map<UserId, long[]> byRep = new HashMap<>();
		long rejected = 0;
		for (Map.Entry<ContactId, Boolean> verdict : verdicts.entrySet()) {
			ContactSummary lead = leads.get(verdict.getKey());
			if (lead == null || lead.owner() == null) {
				continue;
			}
			long[] count = byRep.computeIfAbsent(lead.owner(), rep -> new long[2]);
			count[0]++;
			if (!verdict.getValue()) {
				count[1]++;
				rejected++;
			}
		}
		long total = byRep.values().stream().mapToLong(count -> count[0]).sum();
		if (total > 0) {
			double overall = (double) rejected / total;
			Map<UserId, UserSummary> people = this.directory.all()
				.stream()
				.collect(Collectors.toMap(UserSummary::id, Function.identity()));
			byRep.forEach((rep, count) -> {
				double share = (double) count[1] / count[0];
				UserSummary person = people.get(rep);
				if (person != null && count[0] >= 5 && share >= 1.5 * overall && share > 0) {
					suggestions.add(new Suggestion("training.suggest.rejections",
							List.of(person.displayName(), String.valueOf(Math.round(100 * share)),
									String.valueOf(Math.round(100 * overall))),
							"#training.suggest.qualificationTitle", TeamKind.MARKETING));
				}
			});
		}
		return suggestions;
	}

}
