// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
	buildReportHtml,
	escapeHtml,
	REPORT_CSP,
	safeReportCss
} from '../../../src/report/report-html';
import { reportMarkup } from '../../../src/panels/export/report-dom';

const PAYLOAD = '<script>alert(1)</script>';

function report(overrides: Partial<Parameters<typeof buildReportHtml>[0]> = {}) {
	return buildReportHtml({
		title: 'Segments',
		asOf: '2024-07-01',
		createdAt: '2024-07-02 09:00 UTC',
		facts: ['5,000 customers'],
		sections: [],
		css: '',
		...overrides
	});
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('escapeHtml', () => {
	it.each([
		[PAYLOAD, '&lt;script&gt;alert(1)&lt;/script&gt;'],
		[`"a" & 'b'`, '&quot;a&quot; &amp; &#39;b&#39;'],
		['مریم · Nguyễn', 'مریم · Nguyễn']
	])('%s', (input, expected) => expect(escapeHtml(input)).toBe(expected));
});

describe('buildReportHtml', () => {
	it('forbids every request and every script with its Content-Security-Policy', () => {
		const doc = parse(report());
		const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
		expect(csp?.getAttribute('content')).toBe(REPORT_CSP);
		expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
		expect(doc.querySelectorAll('script, link, iframe, [src]')).toHaveLength(0);
	});

	it('shows a hostile title, fact and section heading as text', () => {
		const doc = parse(
			report({
				title: PAYLOAD,
				facts: [PAYLOAD],
				sections: [{ title: `${PAYLOAD} "x"`, html: '<p>ok</p>' }]
			})
		);
		expect(doc.querySelector('h1')?.textContent).toBe(PAYLOAD);
		expect(doc.querySelector('.facts')?.textContent).toContain(PAYLOAD);
		expect(doc.querySelector('section h2')?.textContent).toBe(`${PAYLOAD} "x"`);
		expect(doc.querySelectorAll('script')).toHaveLength(0);
	});

	it('has the as-of date, a section per cell with a page break between sections when printed', () => {
		const html = report({
			sections: [
				{ title: 'KPIs', html: '<p>a</p>' },
				{ title: 'RFM', html: '<svg><rect/></svg>' }
			]
		});
		const doc = parse(html);
		expect(doc.querySelector('[data-report-as-of]')?.getAttribute('data-report-as-of')).toBe(
			'2024-07-01'
		);
		expect([...doc.querySelectorAll('section h2')].map((h) => h.textContent)).toEqual([
			'KPIs',
			'RFM'
		]);
		expect(html).toMatch(/@media print \{[^]*\.report-section \{ break-before: page;/);
	});
});

describe('buildReportHtml in another language', () => {
	it('is English, left to right, by default', () => {
		const doc = parse(report());
		expect(doc.documentElement.getAttribute('lang')).toBe('en');
		expect(doc.documentElement.getAttribute('dir')).toBe('ltr');
		expect(doc.querySelector('.facts')?.textContent).toBe('As of 2024-07-01 · 5,000 customers');
	});

	it('takes the language, its direction, its words and the as-of day as the reader writes it', () => {
		const doc = parse(
			report({
				lang: 'fa',
				dir: 'rtl',
				asOfText: '۱۴۰۳/۰۴/۱۱',
				words: {
					asOf: 'تا تاریخ',
					notSet: 'تعیین نشده',
					sections: 'بخش‌ها',
					pageTitle: '{title} — تا تاریخ {asOf}',
					footer: 'ساخته‌شده در {date}'
				}
			})
		);
		expect(doc.documentElement.getAttribute('lang')).toBe('fa');
		expect(doc.documentElement.getAttribute('dir')).toBe('rtl');
		expect(doc.title).toBe('Segments — تا تاریخ ۱۴۰۳/۰۴/۱۱');
		const facts = doc.querySelector('.facts');
		expect(facts?.textContent).toBe('تا تاریخ ۱۴۰۳/۰۴/۱۱ · 5,000 customers');
		// The machine-readable day stays ISO.
		expect(facts?.getAttribute('data-report-as-of')).toBe('2024-07-01');
		expect(doc.querySelector('nav')?.getAttribute('aria-label')).toBe('بخش‌ها');
		expect(doc.querySelector('footer')?.textContent).toBe('ساخته‌شده در 2024-07-02 09:00 UTC');
	});
});

describe('safeReportCss', () => {
	it('drops rules that would fetch, and can never close the style element', () => {
		const css = safeReportCss([
			'body { color: red; }',
			"@font-face { font-family: x; src: url('https://fonts.example/x.woff2'); }",
			'.a { background: url(/bg.png); }',
			'.b { background: url("data:image/png;base64,AAAA"); }',
			'.c { clip-path: url(#clip); }',
			"@import url('x.css');",
			'.d::after { content: "</style><script>alert(1)</script>"; }'
		]);
		expect(css).toContain('body { color: red; }');
		expect(css).toContain('data:image/png');
		expect(css).toContain('url(#clip)');
		expect(css).not.toMatch(/fonts\.example|bg\.png|@import/);
		expect(css).not.toMatch(/<\/style/i);
	});
});

describe('reportMarkup', () => {
	it('keeps data text as text and takes out controls, scripts, handlers and fetching links', () => {
		const cell = document.createElement('div');
		cell.className = 'body';
		cell.innerHTML = `<table><tr><td class="name"></td><td>-12.5</td></tr></table>
			<button onclick="alert(2)">Run</button>
			<select><option>quintiles</option><option selected>thresholds</option></select>
			<input type="checkbox" checked>
			<p onmouseover="alert(3)">hover</p>
			<img src="https://tracker.example/p.gif">
			<a href="https://example.org">kept link</a> <a href="./local">local</a>
			<svg><image href="https://x.example/a.png"/><rect style="fill: url(#g)"/></svg>`;
		cell.querySelector('.name')!.textContent = PAYLOAD;
		const markup = reportMarkup(cell);
		expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(markup).not.toMatch(
			/<script|<button|<select|<input|onclick|onmouseover|tracker|x\.example/
		);
		expect(markup).toContain('href="https://example.org"');
		expect(markup).not.toContain('./local');

		const doc = parse(report({ sections: [{ title: 'SQL', html: markup }] }));
		expect(doc.querySelector('td.name')?.textContent).toBe(PAYLOAD);
		expect(doc.querySelectorAll('script')).toHaveLength(0);
		expect([...doc.querySelectorAll('.report-value')].map((s) => s.textContent)).toEqual([
			'thresholds',
			'☑'
		]);
		expect(doc.querySelector('rect')?.getAttribute('style')).toBe('fill: url(#g)');
	});
});
