package org.tandem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Hostile input, by kind, as the bugs of other CRMs and the usual attack lists know it:
 * stored script in free text, SQL in filters and sort keys, template expressions,
 * spreadsheet formulas, awkward and over-long Unicode, path traversal, internal addresses
 * for webhooks, fields a caller should not set, and malformed or explosive JSON. Script
 * payloads set {@code window.__xss} instead of calling {@code alert}, so a browser test
 * can tell whether any ran.
 */
public final class HostileCatalogue {

	private HostileCatalogue() {
	}

	/** One payload and the kind it belongs to. */
	public record Payload(Kind kind, String value) {

		@Override
		public String toString() {
			String shown = this.value.length() > 60 ? this.value.substring(0, 60) + "…(" + this.value.length() + ")"
					: this.value;
			return this.kind + ": " + shown.replaceAll("\\p{Cntrl}", "?");
		}

	}

	public enum Kind {

		/** Markup and script meant to run in someone else's browser. */
		SCRIPT,
		/** SQL meant to change a query. */
		SQL,
		/** Expressions for template and expression engines. */
		TEMPLATE,
		/** Cells a spreadsheet would run. */
		FORMULA,
		/**
		 * Unicode that breaks naive code: controls, direction marks, surrogates, length.
		 */
		UNICODE,
		/** Paths that climb out of a folder. */
		PATH,
		/** Addresses inside the network or of the cloud's metadata service. */
		INTERNAL_URL

	}

	private static final String RUN = "window.__xss=1";

	private static final List<String> SCRIPT = List.of("<script>" + RUN + "</script>", "<SCRIPT>" + RUN + "</SCRIPT>",
			"<script src=data:text/javascript," + RUN + "></script>", "<img src=x onerror=\"" + RUN + "\">",
			"<img src=x onerror=" + RUN + ">", "<IMG SRC=x ONERROR=" + RUN + ">", "<svg onload=" + RUN + ">",
			"<svg><script>" + RUN + "</script></svg>", "<body onload=" + RUN + ">",
			"<iframe src=\"javascript:" + RUN + "\"></iframe>", "<iframe srcdoc=\"<script>" + RUN + "</script>\">",
			"<a href=\"javascript:" + RUN + "\">x</a>", "<a href=\"JaVaScRiPt:" + RUN + "\">x</a>",
			"<a href=\"&#106;avascript:" + RUN + "\">x</a>", "<details open ontoggle=" + RUN + ">",
			"<input autofocus onfocus=" + RUN + ">", "<select autofocus onfocus=" + RUN + ">",
			"<textarea autofocus onfocus=" + RUN + ">", "<video><source onerror=" + RUN + "></video>",
			"<audio src=x onerror=" + RUN + ">", "<marquee onstart=" + RUN + ">",
			"<object data=\"javascript:" + RUN + "\">", "<embed src=\"javascript:" + RUN + "\">",
			"<math><mtext><script>" + RUN + "</script></mtext></math>",
			"<style>@import 'javascript:" + RUN + "';</style>", "<link rel=stylesheet href=javascript:" + RUN + ">",
			"<meta http-equiv=\"refresh\" content=\"0;url=javascript:" + RUN + "\">",
			"<form action=javascript:" + RUN + "><button>x</button></form>", "<base href=\"javascript:" + RUN + "//\">",
			"<div style=\"background:url(javascript:" + RUN + ")\">", "<x onclick=" + RUN + ">click</x>",
			"<noscript><p title=\"</noscript><img src=x onerror=" + RUN + ">\">",
			"<svg><animate onbegin=" + RUN + " attributeName=x dur=1s>",
			"<template><script>" + RUN + "</script></template>", "<scr<script>ipt>" + RUN + "</scr</script>ipt>",
			"<<script>script>" + RUN + "<</script>/script>", "<img src=\"x\" onerror=\"&#119;indow.__xss=1\">",
			"<img src=x onerror=eval(atob('d2luZG93Ll9feHNzPTE='))>", "javascript:" + RUN,
			"data:text/html,<script>" + RUN + "</script>", "&lt;script&gt;" + RUN + "&lt;/script&gt;",
			"%3Cscript%3E" + RUN + "%3C/script%3E", "\\u003cscript\\u003e" + RUN + "\\u003c/script\\u003e",
			"<!--<img src=\"--><img src=x onerror=" + RUN + "//\">", "<![CDATA[<script>" + RUN + "</script>]]>",
			"<isindex type=image src=1 onerror=" + RUN + ">", "<table background=\"javascript:" + RUN + "\">",
			"<img src=x:x onerror=" + RUN + " />", "<svg/onload=" + RUN + ">", "<img\tsrc=x\tonerror=" + RUN + ">",
			"<img\nsrc=x\nonerror=" + RUN + ">");

	/** Where script can break out of a context before starting its own markup. */
	private static final List<String> BREAKOUTS = List.of("\">", "'>", "</title>", "</textarea>", "</script>", "-->",
			"\" autofocus onfocus=\"" + RUN + "\" x=\"", "' onmouseover='" + RUN + "' x='", "');" + RUN + ";//",
			"\";" + RUN + ";//", "`;" + RUN + ";//", "${" + RUN + "}");

	private static final List<String> SQL = List.of("' OR '1'='1", "' OR 1=1 --", "\" OR \"\"=\"", "' OR ''='",
			"1' OR '1'='1' /*", "'; DROP TABLE crm_contact; --", "'); DROP TABLE crm_contact; --",
			"1; DELETE FROM identity_user", "' UNION SELECT username, password_hash FROM identity_user --",
			"' UNION SELECT NULL, NULL, NULL --", "1) OR (1=1", "')) OR (('1'='1", "admin'--", "admin' #",
			"' AND 1=CAST((SELECT version()) AS INT) --", "'; SELECT pg_sleep(5); --", "1 AND pg_sleep(5) IS NULL",
			"' || (SELECT pg_sleep(5)) || '", "'; COPY crm_contact TO '/tmp/x'; --",
			"'; CREATE TABLE owned (x int); --", "1 ORDER BY 1--", "-1 UNION ALL SELECT 1,2,3--",
			"name; DROP TABLE crm_contact", "name desc; --", "(SELECT 1)", "CASE WHEN 1=1 THEN name ELSE email END",
			"updated) --", "-updated,(select pg_sleep(5))", "%27%20OR%201=1--", "\\' OR 1=1 --", "' OR 1=1 LIMIT 1 --",
			"' AND extractvalue(1,concat(0x7e,version())) --", "1'; WAITFOR DELAY '0:0:5' --",
			"'; EXEC xp_cmdshell('dir'); --", "*", "%", "_", "\\", "'", "\"", ";", "--", "/*", "*/", "''''''",
			"0x27 OR 1=1", "1e309", "-9223372036854775809", "NaN", "null", "undefined", "name,email", "+name", "-",
			"name;", "name)", "1", "name desc nulls first", "updated desc, (select 1)", "ORDER BY 1",
			"email COLLATE \"C\"");

	private static final List<String> TEMPLATE = List.of("${7*7}", "#{7*7}", "*{7*7}", "@{7*7}", "~{7*7}",
			"__${7*7}__::.x", "[[${7*7}]]", "[(${7*7})]", "{{7*7}}", "{{constructor.constructor('" + RUN + "')()}}",
			"<%= 7*7 %>", "${T(java.lang.Runtime).getRuntime().exec('id')}",
			"#{T(java.lang.System).getProperty('user.home')}",
			"${@environment.getProperty('spring.datasource.password')}", "${jndi:ldap://127.0.0.1:1389/a}", "${{7*7}}",
			"{0} {1} ''{2}''", "%s%s%s%n%n", "#set($x=7*7)$x", "<#assign x=7*7>${x}");

	private static final List<String> FORMULA = List.of("=1+1", "=HYPERLINK(\"http://127.0.0.1/x\",\"click\")",
			"=cmd|' /C calc'!A0", "+cmd|' /C calc'!A0", "-cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1",
			"\r=1+1", "=IMPORTXML(CONCAT(\"http://127.0.0.1/?\",A1),\"//a\")", "=WEBSERVICE(\"http://127.0.0.1/\")",
			"+1+1", "-1+1", "@A1", "=DDE(\"cmd\";\"/C calc\";\"!A0\")", "=2+5+cmd|' /C calc'!A0", "'=1+1", "==1",
			"=\"=1\"", "; =1+1", "\"=1+1\"", "=HYPERLINK(\"javascript:alert(1)\")", "@cmd", "+\"=1\"", "-0+1", "=1;=2");

	private static final List<String> PATH = List.of("../../../../etc/passwd", "..\\..\\..\\windows\\win.ini",
			"%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%2F..%2Fetc%2Fpasswd", "....//....//etc/passwd", "/etc/passwd",
			"C:\\Windows\\System32\\drivers\\etc\\hosts", "file:///etc/passwd", "..%00/etc/passwd", "../x.csv%00.txt",
			"%252e%252e%252f", "..;/..;/etc/passwd", "\\\\127.0.0.1\\share\\x", "~/.ssh/id_rsa", ".", "..", "con.csv",
			"a/b/c/../../../../x", "%c0%ae%c0%ae/", "..\u2215..\u2215etc");

	private static final List<String> INTERNAL_URL = List.of("http://127.0.0.1/", "http://127.0.0.1:5432/",
			"http://localhost/", "http://localhost.localdomain/", "http://127.1/", "http://127.0.1.3/",
			"http://0.0.0.0/", "http://0/", "http://[::1]/", "http://[::]/", "http://[0:0:0:0:0:0:0:1]/",
			"http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/", "http://2130706433/", "http://0x7f000001/",
			"http://017700000001/", "http://0x7f.0x0.0x0.0x1/", "http://169.254.169.254/latest/meta-data/",
			"http://169.254.169.254/computeMetadata/v1/", "http://[fd00:ec2::254]/latest/meta-data/",
			"http://metadata.google.internal/computeMetadata/v1/", "http://metadata/", "http://10.0.0.1/",
			"http://10.255.255.254/", "http://172.16.0.1/", "http://172.31.255.255/", "http://192.168.0.1/",
			"http://192.168.1.1/admin", "http://100.64.0.1/", "http://198.18.0.1/", "http://224.0.0.1/",
			"http://255.255.255.255/", "http://[fe80::1]/", "http://[fc00::1]/", "http://user:pass@127.0.0.1/",
			"http://example.com@127.0.0.1/", "http://127.0.0.1#@example.com/", "http://127.0.0.1%2523@example.com/",
			"file:///etc/passwd", "gopher://127.0.0.1:6379/_INFO", "ftp://127.0.0.1/", "dict://127.0.0.1:6379/info",
			"ldap://127.0.0.1/", "jar:http://127.0.0.1!/", "javascript:alert(1)", "data:text/plain,hello",
			"http://postgres/", "http://rabbitmq:15672/", "http://kubernetes.default.svc/", "http://internal/",
			"http://127.0.0.1.nip.io/", "http:///127.0.0.1/", "http:\\\\127.0.0.1\\", "HTTP://127.0.0.1/");

	/** The texts for free-text fields: script, SQL, template, formula and Unicode. */
	public static List<Payload> texts() {
		List<Payload> all = new ArrayList<>();
		SCRIPT.forEach(value -> all.add(new Payload(Kind.SCRIPT, value)));
		for (String breakout : BREAKOUTS) {
			all.add(new Payload(Kind.SCRIPT, breakout + "<img src=x onerror=" + RUN + ">"));
			all.add(new Payload(Kind.SCRIPT, breakout + "<svg/onload=" + RUN + ">"));
		}
		SQL.forEach(value -> all.add(new Payload(Kind.SQL, value)));
		TEMPLATE.forEach(value -> all.add(new Payload(Kind.TEMPLATE, value)));
		FORMULA.forEach(value -> all.add(new Payload(Kind.FORMULA, value)));
		unicode().forEach(value -> all.add(new Payload(Kind.UNICODE, value)));
		return distinct(all);
	}

	/** Texts that carry markup: what a page must show escaped. */
	public static List<Payload> markup() {
		return texts().stream().filter(payload -> payload.value().contains("<")).toList();
	}

	public static List<Payload> sql() {
		return SQL.stream().map(value -> new Payload(Kind.SQL, value)).toList();
	}

	public static List<Payload> paths() {
		return PATH.stream().map(value -> new Payload(Kind.PATH, value)).toList();
	}

	public static List<Payload> internalUrls() {
		return INTERNAL_URL.stream().map(value -> new Payload(Kind.INTERNAL_URL, value)).toList();
	}

	/** Every payload of the catalogue once. */
	public static List<Payload> all() {
		List<Payload> all = new ArrayList<>(texts());
		all.addAll(paths());
		all.addAll(internalUrls());
		return distinct(all);
	}

	private static List<String> unicode() {
		return List.of("\u202Egnp.exe", "abc\u202Edef", "\u200B\u200B\u200B", "a\u200Db\u200Dc", "\uFEFFbom",
				"nul\u0000byte", "\u0000", "bell\u0007", "esc\u001B[31mred", "line\r\nSet-Cookie: x=1", "tab\there",
				"\u2028line\u2029para", "lone \uD800 surrogate", "lone \uDFFF low",
				"\uD83D\uDE00 emoji \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "e\u0301\u0301\u0301",
				"Z̴̡̢̛̗̘̙̜̝̞̟̠̣̤̥̦̩̪̫̬̭̮̯̰̱̲̳̹̺̻̼͇͈͉͍͎̀́̂̃̄̅̆̇̈̉̊̋̌̍̎̏̐̑̒̓̔̽̾̿̀́͂̓̈́͆͊͋͌̕̚ͅ͏", "\uFFFD\uFFFE\uFFFF",
				"Ａｄｍｉｎ", "аdmin (Cyrillic а)", "ǅ Ǆ ǆ", "İstanbul ı", "ß ẞ", "\u0130\u0131", "x".repeat(101),
				"x".repeat(256), "x".repeat(1001), "y".repeat(10_001), "z".repeat(100_001), "я".repeat(2_000),
				"\uD83D\uDE00".repeat(300), "\u0301".repeat(5_000), "<".repeat(1_000), "'".repeat(500),
				"\\".repeat(500), " ", "   ", "\n\n\n", "\u00A0\u00A0", "\u3000", "—", "𝕏𝕐ℤ", "\uD834\uDD1E clef",
				"ﷺ", "\u0600\u0601\u0602", "١٢٣", "〇一二", "name\r\nBcc: victim@t.test", "%0d%0aSet-Cookie:x=1",
				"\u0085next line", "a\u000Bvertical", "\u001F\u007F", "\u00AD soft hyphen", "\u2066isolate\u2069");
	}

	private static List<Payload> distinct(List<Payload> payloads) {
		Set<String> seen = new LinkedHashSet<>();
		List<Payload> kept = new ArrayList<>();
		for (Payload payload : payloads) {
			if (seen.add(payload.value())) {
				kept.add(payload);
			}
		}
		return kept;
	}

}
