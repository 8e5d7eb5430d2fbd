package org.tandem.platform;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

/**
 * A message stored as its key and its arguments (an agenda line, a notification), written
 * in the reader's language when it is read: an argument {@code #key} is a message of its
 * own (a KPI's name), a plain number or an ISO day is written as the reader writes them
 * ({@code 1 234,5}, {@code 23 нояб. 2026 г.}), anything else stays as it is.
 */
public final class LocalisedText {

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private LocalisedText() {
	}

	public static String render(MessageSource messages, String key, List<String> args, Locale locale) {
		return render(messages, key, args, locale, UnaryOperator.identity());
	}

	/**
	 * {@link #render} with a caller's own kinds of argument: {@code special} turns an
	 * argument into its words, or returns it unchanged when it is not one of them.
	 */
	public static String render(MessageSource messages, String key, List<String> args, Locale locale,
			UnaryOperator<String> special) {
		Object[] words = args.stream().map(arg -> {
			if (arg.startsWith("#") && arg.length() > 1) {
				return messages.getMessage(arg.substring(1), null, arg.substring(1), locale);
			}
			String own = special.apply(arg);
			return own.equals(arg) ? localised(arg, locale) : own;
		}).toArray();
		return messages.getMessage(key, words, key, locale);
	}

	static Object localised(String arg, Locale locale) {
		if (NUMBER.matcher(arg).matches()) {
			NumberFormat format = NumberFormat.getNumberInstance(locale);
			format.setMaximumFractionDigits(2);
			return format.format(new BigDecimal(arg));
		}
		if (DAY.matcher(arg).matches()) {
			return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
				.withLocale(locale)
				.format(LocalDate.parse(arg));
		}
		return arg;
	}

}
