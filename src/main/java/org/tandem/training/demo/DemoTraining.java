package org.tandem.training.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.identity.TeamKind;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserSummary;
import org.tandem.platform.DemoMode;
import org.tandem.training.Attendance;
import org.tandem.training.Programme;
import org.tandem.training.Session;
import org.tandem.training.SessionFormat;
import org.tandem.training.domain.TrainingStore;

/**
 * The demo company's training: marketing teaches the reps what makes a lead qualified
 * (two sessions held, one to come), and sales teaches the marketers how customers talk
 * (one held, one to come), with who came and what they thought.
 */
@Component
@Order(87)
class DemoTraining implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTraining.class);

	private final DemoMode demo;

	private final TrainingStore store;

	private final UserDirectory directory;

	private final Clock clock;

	DemoTraining(DemoMode demo, TrainingStore store, UserDirectory directory, Clock clock) {
		this.demo = demo;
		this.store = store;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<UserSummary> oleg = this.directory.findByUsername("oleg");
		Optional<UserSummary> sergey = this.directory.findByUsername("sergey");
		if (!this.demo.enabled() || !this.store.programmes().isEmpty() || oleg.isEmpty() || sergey.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(11));
		List<UserSummary> reps = people(TeamKind.SALES);
		List<UserSummary> marketers = people(TeamKind.MARKETING);
		Random random = new Random(87);

		Programme qualified = new Programme(UUID.randomUUID(), "What makes a lead qualified",
				"Marketing shows the reps how the score is made and what an MQL promises, so that "
						+ "a lead is judged by the same rules on both sides.",
				TeamKind.MARKETING, List.of("MQL criteria", "Reading the lead score"), "Maria Sokolova");
		this.store.insert(qualified, now.minus(Duration.ofDays(30)));
		held(qualified, "How the score is made", SessionFormat.SEMINAR, now.minus(Duration.ofDays(20)), oleg.get(),
				reps, random);
		held(qualified, "Accept or send back? Ten real leads", SessionFormat.CASE_STUDY, now.minus(Duration.ofDays(6)),
				oleg.get(), reps, random);
		session(qualified, "Role play: the first call after a webinar", SessionFormat.ROLE_PLAY,
				now.plus(Duration.ofDays(5)), oleg.get());

		Programme conversations = new Programme(UUID.randomUUID(), "How customers talk",
				"Sales shows the marketers the objections and questions it hears, to write campaigns in "
						+ "the customers' words.",
				TeamKind.SALES, List.of("Objection handling", "Discovery questions"), "Sergey Volkov");
		this.store.insert(conversations, now.minus(Duration.ofDays(25)));
		held(conversations, "The ten objections we hear most", SessionFormat.MASTER_CLASS,
				now.minus(Duration.ofDays(13)), sergey.get(), marketers, random);
		session(conversations, "Listen in: recorded discovery calls", SessionFormat.SIMULATION,
				now.plus(Duration.ofDays(9)), sergey.get());
		log.info("Demo data: two training programmes, taught by each department to the other");
	}

	private List<UserSummary> people(TeamKind department) {
		return this.directory.all()
			.stream()
			.filter(person -> person.enabled() && person.department() == department)
			.toList();
	}

	private Session session(Programme programme, String title, SessionFormat format, Instant at, UserSummary trainer) {
		Session session = new Session(UUID.randomUUID(), programme.id(), title, format, at, 90, trainer.id(),
				trainer.displayName(), "Slides and notes in the shared drive", 30);
		this.store.insert(session);
		return session;
	}

	private void held(Programme programme, String title, SessionFormat format, Instant at, UserSummary trainer,
			List<UserSummary> learners, Random random) {
		Session session = session(programme, title, format, at, trainer);
		for (UserSummary learner : learners) {
			this.store.enrol(session.id(), learner.id());
			boolean came = random.nextDouble() < 0.85;
			this.store.attendance(session.id(), learner.id(), came ? Attendance.ATTENDED : Attendance.ABSENT);
			if (came && random.nextDouble() < 0.7) {
				this.store.rate(session.id(), learner.id(), 3 + random.nextInt(3),
						random.nextBoolean() ? "Practical, with our own leads" : null, at.plus(Duration.ofHours(2)));
			}
		}
	}

}
