package org.tandem.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.crm.Channel;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.intake.domain.CsvFiles;
import org.tandem.intake.domain.ImportDates;
import org.tandem.intake.domain.ImportStore;
import org.tandem.intake.domain.ImportStore.RowError;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.Outcome;

/**
 * Runs a CSV import in the background, streaming the file row by row so that memory stays
 * bounded whatever its size. Each row goes in on its own; a bad row is reported with its
 * line and never stops or spoils the others.
 */
@Service
public class CsvImporter {

	/** Rows committed together, and how often the progress bar moves. */
	static final int CHUNK = 1000;

	private final ImportStore store;

	private final HistoryImport history;

	private final IntakeDesk intake;

	private final ContactManagement contacts;

	private final Validator validator;

	private final Clock clock;

	private final TransactionTemplate transactions;

	/**
	 * Commits the second half of each chunk while the import's own thread commits the
	 * first.
	 */
	private final ExecutorService helper = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "csv-import-helper");
		thread.setDaemon(true);
		return thread;
	});

	CsvImporter(ImportStore store, IntakeDesk intake, ContactManagement contacts, HistoryImport history,
			Validator validator, Clock clock, PlatformTransactionManager transactionManager) {
		this.history = history;
		this.transactions = new TransactionTemplate(transactionManager);
		this.store = store;
		this.intake = intake;
		this.contacts = contacts;
		this.validator = validator;
		this.clock = clock;
	}

	@PreDestroy
	void stop() {
		this.helper.shutdown();
	}

	/** Counts of what became of the rows. */
	private static final class Tally {

		int processed;

		int created;

		int updated;

		int skipped;

		int failed;

		final List<RowError> errors = new ArrayList<>();

		void add(Tally other) {
			this.created += other.created;
			this.updated += other.updated;
			this.skipped += other.skipped;
			this.failed += other.failed;
			this.errors.addAll(other.errors);
		}

	}

	/**
	 * A row that makes a lead, or brings in a piece of history, waiting for its chunk.
	 */
	private record Row(long line, @Nullable LeadSubmission lead, HistoryImport.@Nullable Row history) {

		LeadSubmission submission() {
			return Objects.requireNonNull(this.lead);
		}

	}

	/** How one file's rows are read and taken. */
	private record Reading(ImportStore.Import job, HistoryImport.@Nullable Run run, String dateFormat) {

		boolean history() {
			return this.run != null;
		}

	}

	@Async
	public void run(UUID id) {
		ImportStore.Import job = this.store.find(id).orElseThrow();
		Tally tally = new Tally();
		try (CountingStream counted = new CountingStream(Files.newInputStream(Path.of(job.storedFile())));
				Reader reader = CsvFiles.reader(counted);
				CSVParser parser = CsvFiles.format(job.delimiter()).parse(reader)) {
			Iterator<CSVRecord> records = parser.iterator();
			if (records.hasNext()) {
				records.next();
			}
			Reading reading = new Reading(job,
					job.kind() == ImportKind.HISTORY ? this.history.prepare(job.fileName()) : null,
					ImportDates.known(job.dateFormat()) ? Objects.requireNonNull(job.dateFormat()) : ImportDates.ISO);
			List<Row> chunk = new ArrayList<>(CHUNK);
			while (next(records, parser, tally)) {
				row(reading, records.next(), tally, chunk);
				if (tally.processed % CHUNK == 0) {
					commit(reading, chunk, tally);
					flush(job, counted.count, tally);
				}
			}
			commit(reading, chunk, tally);
			flush(job, counted.count, tally);
			this.store.finish(id, "DONE", this.clock.instant());
		}
		catch (IOException | RuntimeException ex) {
			tally.errors.add(new RowError(0, "file", "the import stopped: " + ex.getMessage()));
			flush(job, 0, tally);
			this.store.finish(id, "FAILED", this.clock.instant());
		}
		finally {
			forget(Path.of(job.storedFile()));
		}
	}

	/** The uploaded file holds personal data: once imported (or not), it goes. */
	private static void forget(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// the file stays in the imports folder for an operator to remove; the import
			// itself stands
		}
	}

	/**
	 * Whether there is another row; a row the parser cannot read ends the file, reported.
	 */
	private static boolean next(Iterator<CSVRecord> records, CSVParser parser, Tally tally) {
		try {
			return records.hasNext();
		}
		catch (UncheckedIOException | IllegalStateException unreadable) {
			tally.failed++;
			tally.errors.add(new RowError(parser.getCurrentLineNumber(), "file",
					"cannot be read from here on (an unterminated quote?)"));
			return false;
		}
	}

	private void flush(ImportStore.Import job, long bytes, Tally tally) {
		this.store.progress(job.id(), bytes, tally.processed, tally.created, tally.updated, tally.skipped,
				tally.failed);
		// rows refused at commit come after those refused when read: keep the report in
		// line
		// order
		tally.errors.sort(Comparator.comparingLong(RowError::line));
		this.store.errors(job.id(), tally.errors);
		tally.errors.clear();
	}

	/**
	 * Commits a chunk of leads as two halves at once, so that the database works on two
	 * connections. The rows are split by company (or, without one, by email) as the
	 * intake's group commit splits them, so that the halves never both create one
	 * company. History is taken in file order, in one piece.
	 */
	private void commit(Reading reading, List<Row> chunk, Tally tally) {
		if (reading.history() || chunk.size() < 2) {
			commitPart(reading, chunk, tally);
			chunk.clear();
			return;
		}
		List<Row> first = new ArrayList<>();
		List<Row> second = new ArrayList<>();
		for (Row row : chunk) {
			LeadSubmission lead = row.submission();
			String key = lead.company() != null && !lead.company().isBlank() ? lead.company() : lead.email();
			(Math.floorMod(key.strip().toLowerCase(Locale.ROOT).hashCode(), 2) == 0 ? first : second).add(row);
		}
		Tally other = new Tally();
		CompletableFuture<Void> beside = CompletableFuture.runAsync(() -> commitPart(reading, second, other),
				this.helper);
		commitPart(reading, first, tally);
		beside.join();
		tally.add(other);
		chunk.clear();
	}

	/**
	 * Commits rows in one transaction; if it fails, each row is tried alone so that a bad
	 * row is reported by its line and costs the others nothing.
	 */
	private void commitPart(Reading reading, List<Row> chunk, Tally tally) {
		if (chunk.isEmpty()) {
			return;
		}
		try {
			Tally outcome = new Tally();
			this.transactions.executeWithoutResult(status -> takeAll(reading, chunk, outcome));
			tally.add(outcome);
		}
		catch (RuntimeException chunkFailed) {
			for (Row row : chunk) {
				try {
					Tally outcome = new Tally();
					this.transactions.executeWithoutResult(status -> takeAll(reading, List.of(row), outcome));
					tally.add(outcome);
				}
				catch (InputRejectedException ex) {
					tally.failed++;
					tally.errors.add(new RowError(row.line(), ex.field(), ex.message()));
				}
			}
		}
	}

	private void row(Reading reading, CSVRecord record, Tally tally, List<Row> chunk) {
		tally.processed++;
		long line = record.getRecordNumber();
		List<RowError> errors = new ArrayList<>();
		Map<ImportTarget, String> values = values(reading.job(), record, line, errors);
		if (reading.history()) {
			HistoryImport.Row past = errors.isEmpty() ? this.history.read(values, line, reading.dateFormat(), errors)
					: null;
			if (past != null) {
				chunk.add(new Row(line, null, past));
				return;
			}
			tally.failed++;
			tally.errors.addAll(errors);
			return;
		}
		LeadSubmission lead = errors.isEmpty() ? lead(values, line, errors) : null;
		if (lead != null) {
			for (ConstraintViolation<LeadSubmission> violation : this.validator.validate(lead)) {
				errors.add(new RowError(line, violation.getPropertyPath().toString(), violation.getMessage()));
			}
		}
		if (errors.isEmpty() && lead != null) {
			chunk.add(new Row(line, lead, null));
			return;
		}
		tally.failed++;
		tally.errors.addAll(errors);
	}

	/**
	 * A chunk's rows together: the people it names are looked up at once, and the rows
	 * that make or enrich a lead go to the intake as one group; a row the intake refuses
	 * is reported by its line.
	 */
	private void takeAll(Reading reading, List<Row> chunk, Tally tally) {
		HistoryImport.Run run = reading.run();
		if (run != null) {
			for (Row row : chunk) {
				if (this.history.take(Objects.requireNonNull(row.history()), run)) {
					tally.created++;
				}
				else {
					tally.updated++;
				}
			}
			return;
		}
		DuplicatePolicy policy = reading.job().policy();
		Map<String, ContactSummary> known = this.contacts
			.findAllByEmail(chunk.stream().map(row -> row.submission().email()).toList());
		List<Row> submitting = new ArrayList<>();
		List<Row> repeated = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Row row : chunk) {
			ContactSummary person = known.get(row.submission().email());
			boolean again = !seen.add(row.submission().email().strip().toLowerCase(Locale.ROOT));
			if (again && policy != DuplicatePolicy.MERGE) {
				// a person met earlier in this chunk is known by the time this row counts
				repeated.add(row);
			}
			else if (person == null || policy == DuplicatePolicy.MERGE) {
				submitting.add(row);
			}
			else if (policy == DuplicatePolicy.SKIP) {
				tally.skipped++;
			}
			else {
				this.intake.overwrite(person, row.submission());
				tally.updated++;
			}
		}
		List<Outcome<IntakeResult>> outcomes = this.intake.submitAll(submitting.stream().map(Row::submission).toList());
		for (int i = 0; i < outcomes.size(); i++) {
			Outcome<IntakeResult> outcome = outcomes.get(i);
			if (outcome.refusal() instanceof InputRejectedException refused) {
				tally.failed++;
				tally.errors.add(new RowError(submitting.get(i).line(), refused.field(), refused.message()));
			}
			else {
				switch (outcome.get().outcome()) {
					case CREATED -> tally.created++;
					case UPDATED -> tally.updated++;
					case DUPLICATE -> tally.skipped++;
				}
			}
		}
		repeated.forEach(row -> takeAll(reading, List.of(row), tally));
	}

	private static Map<ImportTarget, String> values(ImportStore.Import job, CSVRecord record, long line,
			List<RowError> errors) {
		Map<ImportTarget, String> values = new EnumMap<>(ImportTarget.class);
		if (record.size() != job.headers().size()) {
			errors.add(new RowError(line, "columns",
					"expected " + job.headers().size() + " columns, found " + record.size()));
			return values;
		}
		List<ImportTarget> mapping = job.mapping() == null ? List.of() : job.mapping();
		for (int i = 0; i < record.size() && i < mapping.size(); i++) {
			ImportTarget target = mapping.get(i);
			String value = record.get(i);
			if (target == ImportTarget.IGNORE || value.isEmpty()) {
				continue;
			}
			String field = target.name().toLowerCase(Locale.ROOT);
			if (value.indexOf(CsvFiles.UNREADABLE) >= 0) {
				errors.add(new RowError(line, field, "is not valid UTF-8"));
			}
			else if (looksLikeFormula(target, value)) {
				errors.add(new RowError(line, field, "looks like a spreadsheet formula"));
			}
			else {
				values.put(target, value);
			}
		}
		return values;
	}

	/**
	 * A cell a spreadsheet would run: =…, @…, or +/- not followed by a digit (phones may
	 * start with +).
	 */
	static boolean looksLikeFormula(ImportTarget target, String value) {
		if (value.isEmpty()) {
			return false;
		}
		char first = value.charAt(0);
		if (first == '=' || first == '@') {
			return true;
		}
		boolean signed = first == '+' || first == '-';
		return signed && (target != ImportTarget.PHONE || value.length() < 2 || !Character.isDigit(value.charAt(1)));
	}

	private static @Nullable LeadSubmission lead(Map<ImportTarget, String> values, long line, List<RowError> errors) {
		Channel source = Channel.IMPORT;
		String channel = values.get(ImportTarget.SOURCE);
		if (channel != null) {
			source = channel(channel);
			if (source == null) {
				errors.add(new RowError(line, "source", "is not a known channel"));
				return null;
			}
		}
		return new LeadSubmission(values.getOrDefault(ImportTarget.EMAIL, ""),
				values.getOrDefault(ImportTarget.FIRST_NAME, ""), values.getOrDefault(ImportTarget.LAST_NAME, ""),
				values.get(ImportTarget.PHONE), values.get(ImportTarget.TITLE), values.get(ImportTarget.COMPANY),
				values.get(ImportTarget.COMPANY_DOMAIN), source, values.get(ImportTarget.CAMPAIGN), null,
				values.get(ImportTarget.EXTERNAL_ID), values.get(ImportTarget.LANGUAGE), false, null, null, null);
	}

	/** The channel a cell names, as its constant or in words ("Online ads"). */
	static @Nullable Channel channel(String value) {
		try {
			return Channel.valueOf(value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	/** Counts the bytes read, for the progress bar. */
	static final class CountingStream extends FilterInputStream {

		volatile long count;

		CountingStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				this.count += n;
			}
			return n;
		}

	}

}
