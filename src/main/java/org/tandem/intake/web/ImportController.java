package org.tandem.intake.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVParser;
import org.jspecify.annotations.Nullable;
import org.apache.commons.csv.CSVRecord;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.identity.CurrentUsers;
import org.tandem.intake.CsvImporter;
import org.tandem.intake.DuplicatePolicy;
import org.tandem.intake.ImportKind;
import org.tandem.intake.ImportTarget;
import org.tandem.intake.domain.CsvFiles;
import org.tandem.intake.domain.ImportDates;
import org.tandem.intake.domain.ImportStore;
import org.tandem.platform.CsvDownload;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;

/**
 * CSV import in the UI: upload, map the columns with a preview, run it in the background
 * with a live progress bar, and download the rows it could not take.
 */
@Controller
@RequestMapping("/imports")
class ImportController {

	static final int PREVIEW_ROWS = 10;

	/** The rows whose dates tell a history file's date format. */
	static final int DETECTION_ROWS = 200;

	private static final Map<String, Character> DELIMITERS = new LinkedHashMap<>();

	static {
		DELIMITERS.put("comma", ',');
		DELIMITERS.put("semicolon", ';');
		DELIMITERS.put("tab", '\t');
	}

	private final ImportStore store;

	private final CsvImporter importer;

	private final Path folder;

	private final Clock clock;

	ImportController(ImportStore store, CsvImporter importer,
			@Value("${tandem.imports.folder:./data/imports}") String folder, Clock clock) {
		this.store = store;
		this.importer = importer;
		this.folder = Path.of(folder);
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("imports", this.store.recent(20));
		model.addAttribute("kinds", ImportKind.values());
		model.addAttribute("policies", DuplicatePolicy.values());
		return "intake/imports";
	}

	@PostMapping
	String upload(@RequestParam(value = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "LEADS") ImportKind kind, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("error", "error.importEmpty");
			return "redirect:/imports";
		}
		UUID id = UUID.randomUUID();
		Files.createDirectories(this.folder);
		Path stored = this.folder.resolve(id + ".csv");
		try (InputStream in = file.getInputStream()) {
			Files.copy(in, stored, StandardCopyOption.REPLACE_EXISTING);
		}
		List<String> headers;
		char delimiter;
		try (BufferedReader reader = new BufferedReader(CsvFiles.reader(Files.newInputStream(stored)))) {
			String first = reader.readLine();
			if (first == null || first.isBlank()) {
				Files.deleteIfExists(stored);
				redirect.addFlashAttribute("error", "error.importEmpty");
				return "redirect:/imports";
			}
			delimiter = CsvFiles.detectDelimiter(first);
			headers = headers(first, delimiter);
		}
		String name = displayName(file.getOriginalFilename());
		this.store.create(id, CurrentUsers.require().id(), name, stored.toString(), Files.size(stored), delimiter,
				headers, kind, this.clock.instant());
		return "redirect:/imports/" + id;
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) throws IOException {
		ImportStore.Import job = job(id);
		model.addAttribute("job", job);
		if ("UPLOADED".equals(job.status())) {
			List<ImportTarget> guesses = job.headers()
				.stream()
				.map(header -> ImportTarget.guess(header, job.kind()))
				.toList();
			model.addAttribute("guesses", guesses);
			model.addAttribute("targets", ImportTarget.of(job.kind()));
			model.addAttribute("policies", DuplicatePolicy.values());
			model.addAttribute("delimiters", DELIMITERS.keySet());
			model.addAttribute("delimiter",
					DELIMITERS.entrySet()
						.stream()
						.filter(entry -> entry.getValue() == job.delimiter())
						.map(Map.Entry::getKey)
						.findFirst()
						.orElse("comma"));
			List<List<String>> rows = rows(job, DETECTION_ROWS);
			model.addAttribute("preview", rows.subList(0, Math.min(PREVIEW_ROWS, rows.size())));
			if (job.kind() == ImportKind.HISTORY) {
				List<String> samples = new ArrayList<>();
				for (List<String> row : rows) {
					for (int i = 0; i < row.size() && i < guesses.size(); i++) {
						if (guesses.get(i).isDate()) {
							samples.add(row.get(i));
						}
					}
				}
				model.addAttribute("dateFormats", ImportDates.FORMATS);
				model.addAttribute("dateFormat", ImportDates.detect(samples));
			}
			return "intake/import-mapping";
		}
		return "intake/import-progress";
	}

	/** Reads the file's columns again with the delimiter chosen. */
	@PostMapping("/{id}/delimiter")
	String delimiter(@PathVariable UUID id, @RequestParam String delimiter) throws IOException {
		ImportStore.Import job = job(id);
		Character chosen = DELIMITERS.get(delimiter);
		if (chosen == null) {
			throw new InputRejectedException("delimiter", "is not one of " + DELIMITERS.keySet());
		}
		try (BufferedReader reader = new BufferedReader(
				CsvFiles.reader(Files.newInputStream(Path.of(job.storedFile()))))) {
			String first = reader.readLine();
			this.store.reread(id, chosen, first == null ? List.of() : headers(first, chosen));
		}
		return "redirect:/imports/" + id;
	}

	@PostMapping("/{id}/start")
	String start(@PathVariable UUID id, @RequestParam Map<String, String> params,
			@RequestParam(defaultValue = "MERGE") DuplicatePolicy policy,
			@RequestParam(required = false) @Nullable String dateFormat) {
		ImportStore.Import job = job(id);
		List<ImportTarget> allowed = ImportTarget.of(job.kind());
		List<ImportTarget> mapping = new ArrayList<>();
		for (int i = 0; i < job.headers().size(); i++) {
			String chosen = params.getOrDefault("column" + i, "IGNORE");
			ImportTarget target = allowed.stream()
				.filter(candidate -> candidate.name().equals(chosen))
				.findFirst()
				.orElseThrow(() -> new InputRejectedException("column", "is not something this file can bring in"));
			mapping.add(target);
		}
		if (dateFormat != null && !ImportDates.known(dateFormat)) {
			throw new InputRejectedException("dateFormat", "is not one of " + ImportDates.FORMATS);
		}
		if (this.store.start(id, mapping, policy, dateFormat, this.clock.instant())) {
			this.importer.run(id);
		}
		return "redirect:/imports/" + id;
	}

	@GetMapping("/{id}/progress")
	String progress(@PathVariable UUID id, Model model) {
		model.addAttribute("job", job(id));
		return "intake/import-progress :: progress";
	}

	@GetMapping("/{id}/errors.csv")
	ResponseEntity<String> errors(@PathVariable UUID id) {
		ImportStore.Import job = job(id);
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("line", "field", "message"));
		for (ImportStore.RowError error : this.store.errors(id)) {
			rows.add(List.of(String.valueOf(error.line()), error.field(), error.message()));
		}
		return CsvDownload.of("errors-" + job.fileName(), rows);
	}

	private static List<String> headers(String firstLine, char delimiter) throws IOException {
		return CsvFiles.format(delimiter).parse(new java.io.StringReader(firstLine)).getRecords().get(0).toList();
	}

	private List<List<String>> rows(ImportStore.Import job, int limit) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (Reader reader = CsvFiles.reader(Files.newInputStream(Path.of(job.storedFile())));
				CSVParser parser = CsvFiles.format(job.delimiter()).parse(reader)) {
			Iterator<CSVRecord> records = parser.iterator();
			if (records.hasNext()) {
				records.next();
			}
			while (rows.size() < limit && records.hasNext()) {
				rows.add(records.next().toList());
			}
		}
		catch (RuntimeException unreadable) {
			// the preview shows what could be read; the import reports the rest by line
		}
		return rows;
	}

	private ImportStore.Import job(UUID id) {
		return this.store.find(id).orElseThrow(() -> new NotFoundException("Import", id));
	}

	/**
	 * The uploaded file's name as shown and offered back in the error report's name: its
	 * last segment under either kind of slash, without control characters, at most 255
	 * characters. Nothing is ever stored under it.
	 */
	static String displayName(@Nullable String original) {
		if (original == null) {
			return "import.csv";
		}
		String last = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
		String clean = last.replaceAll("\\p{Cntrl}", "").strip();
		if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) {
			return "import.csv";
		}
		return clean.length() > 255 ? clean.substring(0, 255) : clean;
	}

}
