package org.tandem.platform;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A form's action on a page that redirects back: the notice it leaves when it worked, or
 * the message for the field at fault when the input was refused. A refusal for lack of
 * rights is not a message: it goes on as 403.
 */
public final class Flash {

	private Flash() {
	}

	/**
	 * Runs the action; leaves {@code done} as the notice, or {@code errors} followed by
	 * the refused field's name as the error.
	 */
	public static void attempt(RedirectAttributes redirect, String done, String errors, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (InputRejectedException ex) {
			if (ex.getStatusCode().value() == 403) {
				throw ex;
			}
			redirect.addFlashAttribute("error", errors + ex.field());
		}
	}

}
