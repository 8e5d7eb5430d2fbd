package org.tandem.funnel.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.crm.ContactFilter;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.funnel.LifecycleStage;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.UserDirectory;
import org.tandem.platform.PageQuery;
import org.tandem.platform.PageResult;

/**
 * The funnel as a board: one column per stage, the most recently changed leads on top.
 * Moves (by the card's form or by dragging) go through the same transition rules as
 * everywhere else.
 */
@Controller
class BoardController {

	static final int CARDS_PER_COLUMN = 20;

	private final ContactManagement contacts;

	private final UserDirectory directory;

	BoardController(ContactManagement contacts, UserDirectory directory) {
		this.contacts = contacts;
		this.directory = directory;
	}

	record Column(LifecycleStage stage, PageResult<ContactSummary> cards, List<LifecycleStage> next) {

		/**
		 * Whether one of the moves from this column needs a reason, so the card offers
		 * the list.
		 */
		public boolean needsReason() {
			return this.next.stream().anyMatch(target -> target.requiredReason(this.stage).isPresent());
		}

	}

	@GetMapping("/board")
	String board(@RequestParam(required = false) @Nullable String q, Model model) {
		CurrentUser me = CurrentUsers.require();
		List<Column> columns = new ArrayList<>();
		List<ContactSummary> all = new ArrayList<>();
		for (LifecycleStage stage : LifecycleStage.BOARD) {
			PageResult<ContactSummary> cards = this.contacts.list(
					new ContactFilter(q, stage.name(), null, null, null, false),
					PageQuery.of(0, CARDS_PER_COLUMN, null, "-updated"), me);
			all.addAll(cards.items());
			columns.add(new Column(stage, cards,
					stage.next().stream().filter(target -> target.mayBeEnteredBy(me.role())).toList()));
		}
		model.addAttribute("columns", columns);
		model.addAttribute("q", q);
		model.addAttribute("owners", this.directory
			.displayNames(all.stream().map(ContactSummary::owner).filter(Objects::nonNull).distinct().toList()));
		return "funnel/board";
	}

}
