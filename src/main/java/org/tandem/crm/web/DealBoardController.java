package org.tandem.crm.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.crm.DealFilter;
import org.tandem.crm.DealId;
import org.tandem.crm.DealManagement;
import org.tandem.crm.DealSummary;
import org.tandem.crm.PipelineCatalogue;
import org.tandem.crm.PipelineView;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.PageQuery;
import org.tandem.platform.PageResult;

/**
 * A deal pipeline as a board: one column per stage with its open value, deals moved
 * between the stages of their own pipeline.
 */
@Controller
class DealBoardController {

	private final DealManagement deals;

	private final PipelineCatalogue pipelines;

	DealBoardController(DealManagement deals, PipelineCatalogue pipelines) {
		this.deals = deals;
		this.pipelines = pipelines;
	}

	record Column(PipelineView.Stage stage, PageResult<DealSummary> cards, Map<String, BigDecimal> totals) {
	}

	@GetMapping("/deals/board")
	String board(@RequestParam(required = false) @Nullable UUID pipeline, Model model) {
		CurrentUser me = CurrentUsers.require();
		List<PipelineView> all = this.pipelines.all();
		PipelineView shown = all.stream()
			.filter(candidate -> candidate.id().equals(pipeline))
			.findFirst()
			.orElse(all.get(0));
		List<Column> columns = new ArrayList<>();
		for (PipelineView.Stage stage : shown.stages()) {
			PageResult<DealSummary> cards = this.deals.list(
					new DealFilter(null, shown.id(), stage.id(), null, null, null, null),
					PageQuery.of(0, 20, null, "-amount"), me);
			Map<String, BigDecimal> totals = new TreeMap<>();
			cards.items()
				.forEach(deal -> totals.merge(deal.value().currency().getCurrencyCode(), deal.value().amount(),
						BigDecimal::add));
			columns.add(new Column(stage, cards, totals));
		}
		model.addAttribute("pipelines", all);
		model.addAttribute("pipeline", shown);
		model.addAttribute("columns", columns);
		return "crm/deal-board";
	}

	@PostMapping("/deals/{id}/stage")
	String move(@PathVariable UUID id, @RequestParam UUID stage,
			@RequestParam(required = false) @Nullable UUID expected, RedirectAttributes redirect) {
		DealSummary deal = this.deals.get(new DealId(id), CurrentUsers.require());
		try {
			this.deals.moveTo(deal.id(), stage, expected, CurrentUsers.require());
			redirect.addFlashAttribute("notice", "notice.saved");
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "error.invalid");
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "error.stale");
		}
		redirect.addAttribute("pipeline", Objects.requireNonNull(deal.pipeline()));
		return "redirect:/deals/board";
	}

}
