/**
 * The report's Content-Security-Policy: nothing may be fetched and no script may run, so the
 * file opens offline and a name like `<script>` from the data can never execute.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** One part of the report: a heading and markup already made safe (see panels/export). */
export interface ReportSection {
	title: string;
	/** Serialised markup of a cell: data text already escaped by the serialiser. */
	html: string;
}

/** The report's own words, in the language it is written in. */
export interface ReportWords {
	/** Before the as-of date: "As of". */
	asOf: string;
	/** In place of an as-of date when there is none. */
	notSet: string;
	/** The name of the table of contents. */
	sections: string;
	/** The page title: `{title}` and `{asOf}` are filled in. */
	pageTitle: string;
	/** The closing line: `{date}` is filled in. */
	footer: string;
}

/** The English words of the report. */
export const ENGLISH_REPORT_WORDS: ReportWords = {
	asOf: 'As of',
	notSet: 'not set',
	sections: 'Sections',
	pageTitle: '{title} — as of {asOf}',
	footer:
		"Made with Segmentbook on {date}, entirely in the browser: every figure was computed from the client's files on this computer, as described beside it."
};

/** What the standalone report shows. */
export interface ReportOptions {
	/** The language of the text (`fa`) and its direction; English, left to right by default. */
	lang?: string;
	dir?: 'ltr' | 'rtl';
	/** The fixed texts of the report in that language. */
	words?: ReportWords;
	title: string;
	/** The day the analysis is made on (ISO). */
	asOf: string | null;
	/** The same day as the reader writes it (`۱۴۰۳/۰۴/۱۱`); the ISO day by default. */
	asOfText?: string;
	/** When the file was made (ISO date-time). */
	createdAt: string;
	/** One-line facts shown under the title (customers, currency…). */
	facts: string[];
	sections: ReportSection[];
	/** The page's own stylesheet, so the cells look as they do in the app. */
	css: string;
}

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Text as HTML text or attribute value: `<`, `>`, `&` and quotes become entities. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

// A url() that is not inline data would be a request (a font, a background picture).
const FETCHING_URL = /url\(\s*(?!['"]?(?:data:|#))/i;

/** CSS rules without any that would fetch something, and never able to close the style element. */
export function safeReportCss(rules: readonly string[]): string {
	return rules
		.filter((rule) => !FETCHING_URL.test(rule) && !/@import/i.test(rule))
		.join('\n')
		.replace(/<\/style/gi, '<\\/style');
}

const REPORT_CSS = `
.report-doc { max-width: 1100px; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
.report-doc > header h1 { margin: 0 0 0.3rem; }
.report-doc .facts { color: #555; margin: 0 0 1rem; }
.report-doc nav ol { columns: 2; color: #555; }
.report-section { border-top: 1px solid #ccc; padding-top: 1rem; margin-top: 1.5rem; }
.report-section > h2 { font-size: 1.2rem; margin: 0 0 0.6rem; }
.report-section svg, .report-section img { max-width: 100%; height: auto; }
.report-doc footer { margin-top: 2rem; color: #777; font-size: 0.8rem; }
@media print {
	.report-doc { max-width: none; padding: 0; }
	.report-doc nav { display: none; }
	.report-section { break-before: page; border-top: none; margin-top: 0; }
	.report-section:first-of-type { break-before: auto; }
	.report-section table, .report-section figure, .report-section svg { break-inside: avoid; }
	.report-section tr { break-inside: avoid; }
	a { color: inherit; text-decoration: none; }
}`;

/** One self-contained HTML document: no script, no request, data text escaped, prints by section. */
export function buildReportHtml(opts: ReportOptions): string {
	const words = opts.words ?? ENGLISH_REPORT_WORDS;
	const fill = (text: string, params: Record<string, string>) =>
		text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
	const title = escapeHtml(opts.title);
	const asOf = opts.asOf ? escapeHtml(opts.asOf) : escapeHtml(words.notSet);
	const asOfText = opts.asOf && opts.asOfText ? escapeHtml(opts.asOfText) : asOf;
	const toc = opts.sections.map(
		(s, i) => `<li><a href="#s${i + 1}">${escapeHtml(s.title)}</a></li>`
	);
	const sections = opts.sections.map(
		(s, i) => `<section class="report-section" id="s${i + 1}">
<h2>${escapeHtml(s.title)}</h2>
${s.html}
</section>`
	);
	return `<!doctype html>
<html lang="${escapeHtml(opts.lang ?? 'en')}" dir="${opts.dir === 'rtl' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${fill(escapeHtml(words.pageTitle), { title, asOf: asOfText })}</title>
<style>
${opts.css}
${REPORT_CSS}
</style>
</head>
<body>
<main class="report-doc">
<header>
<h1>${title}</h1>
<p class="facts" data-report-as-of="${asOf}">${escapeHtml(words.asOf)} <strong>${asOfText}</strong>${opts.facts.map((f) => ` · ${escapeHtml(f)}`).join('')}</p>
</header>
<nav aria-label="${escapeHtml(words.sections)}"><ol>
${toc.join('\n')}
</ol></nav>
${sections.join('\n')}
<footer>${fill(escapeHtml(words.footer), { date: escapeHtml(opts.createdAt) })}</footer>
</main>
</body>
</html>
`;
}
