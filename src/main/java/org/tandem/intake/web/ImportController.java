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
import org.tandem.intake.ImportTarget;
import org.tandem.intake.domain.CsvFiles;
import org.tandem.intake.domain.ImportStore;
import org.tandem.platform.CsvDownload;
import org.tandem.platform.NotFoundException;

/**
 * CSV import in the UI: upload, map the columns with a preview, run it in the background
 * with a live progress bar, and download the rows it could not take.
 */
@Controller
@RequestMapping("/imports")
class ImportController {

	static final int PREVIEW_ROWS = 10;

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
		model.addAttribute("policies", DuplicatePolicy.values());
		return "intake/imports";
	}

	@PostMapping
	String upload(@RequestParam(value = "file", required = false) @Nullable MultipartFile file,
			RedirectAttributes redirect) throws IOException {
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
			headers = CsvFiles.format(delimiter).parse(new java.io.StringReader(first)).getRecords().get(0).toList();
		}
		String name = file.getOriginalFilename() == null ? "import.csv"
				: Path.of(file.getOriginalFilename()).getFileName().toString();
		this.store.create(id, CurrentUsers.require().id(), name.length() > 255 ? name.substring(0, 255) : name,
				stored.toString(), Files.size(stored), delimiter, headers, this.clock.instant());
		return "redirect:/imports/" + id;
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) throws IOException {
		ImportStore.Import job = job(id);
		model.addAttribute("job", job);
		if ("UPLOADED".equals(job.status())) {
			model.addAttribute("guesses", job.headers().stream().map(ImportTarget::guess).toList());
			model.addAttribute("targets", ImportTarget.values());
			model.addAttribute("policies", DuplicatePolicy.values());
			model.addAttribute("preview", preview(job));
			return "intake/import-mapping";
		}
		return "intake/import-progress";
	}

	@PostMapping("/{id}/start")
	String start(@PathVariable UUID id, @RequestParam Map<String, String> params,
			@RequestParam(defaultValue = "MERGE") DuplicatePolicy policy) {
		ImportStore.Import job = job(id);
		List<ImportTarget> mapping = new ArrayList<>();
		for (int i = 0; i < job.headers().size(); i++) {
			String chosen = params.getOrDefault("column" + i, "IGNORE");
			mapping.add(ImportTarget.valueOf(chosen));
		}
		if (this.store.start(id, mapping, policy, this.clock.instant())) {
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

	private List<List<String>> preview(ImportStore.Import job) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (Reader reader = CsvFiles.reader(Files.newInputStream(Path.of(job.storedFile())));
				CSVParser parser = CsvFiles.format(job.delimiter()).parse(reader)) {
			Iterator<CSVRecord> records = parser.iterator();
			if (records.hasNext()) {
				records.next();
			}
			while (rows.size() < PREVIEW_ROWS && records.hasNext()) {
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

}
