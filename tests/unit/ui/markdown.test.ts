import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/report/markdown';

describe('renderMarkdown keeps hostile text as text', () => {
	const cases: { name: string; input: string; absent: RegExp[]; present?: string[] }[] = [
		{
			name: 'an img tag with an event handler',
			input: '<img src=x onerror=alert(1)>',
			absent: [/<img/i],
			present: ['&lt;img src=x onerror=alert(1)&gt;']
		},
		{
			name: 'a script tag',
			input: '<script>alert(1)</script>',
			absent: [/<script/i],
			present: ['&lt;script&gt;alert(1)&lt;/script&gt;']
		},
		{
			name: 'a javascript: link',
			input: '[x](javascript:alert(1))',
			absent: [/<a\b/i, /href/i],
			present: ['[x](javascript:alert(1))']
		},
		{
			name: 'a JavaScript: link with odd case and spaces',
			input: '[x]( JaVaScRiPt:alert(1) )',
			absent: [/<a\b/i]
		},
		{ name: 'a data: link', input: '[x](data:text/html,<b>hi</b>)', absent: [/<a\b/i, /<b>/] },
		{ name: 'a vbscript: autolink', input: '<vbscript:msgbox(1)>', absent: [/<a\b/i] },
		{ name: 'a relative link', input: '[x](/etc/passwd)', absent: [/<a\b/i] },
		{
			name: 'a remote image',
			input: '![a chart](http://example.com/a.png)',
			absent: [/<img/i],
			present: ['>a chart</a>', 'href="http://example.com/a.png"']
		},
		{
			name: 'an image with a javascript: source',
			input: '![a](javascript:alert(1))',
			absent: [/<img/i, /<a\b/i]
		},
		{
			name: 'an image whose alt text holds markup',
			input: '![<b>bold</b>](https://example.com/a.png)',
			absent: [/<img/i, /<b>/],
			present: ['&lt;b&gt;bold&lt;/b&gt;']
		},
		{
			name: 'an image inside a link',
			input: '[![logo](https://example.com/l.png)](https://example.com)',
			absent: [/<img/i, /<a[^>]*>[^<]*<a/i],
			present: ['>logo</a>']
		},
		{
			name: 'an attribute breaking out of an href',
			input: '[x](https://example.com/"onmouseover="alert(1))',
			absent: [/"onmouseover=/i]
		},
		{
			name: 'an inline event handler in a table',
			input: '| a |\n|---|\n| <b onclick=x>hi</b> |',
			absent: [/<b\b/]
		}
	];
	for (const { name, input, absent, present = [] } of cases) {
		it(name, () => {
			const html = renderMarkdown(input);
			for (const pattern of absent) expect(html).not.toMatch(pattern);
			for (const text of present) expect(html).toContain(text);
		});
	}
});

describe('renderMarkdown renders ordinary Markdown', () => {
	it('turns safe links into new-tab links without an opener', () => {
		expect(renderMarkdown('[docs](https://duckdb.org/docs)')).toBe(
			'<p><a href="https://duckdb.org/docs" target="_blank" rel="noopener noreferrer">docs</a></p>\n'
		);
		expect(renderMarkdown('[mail](mailto:team@example.com)')).toContain(
			'href="mailto:team@example.com"'
		);
	});

	it('linkifies bare URLs', () => {
		expect(renderMarkdown('see https://example.com/a for more')).toContain(
			'<a href="https://example.com/a" target="_blank" rel="noopener noreferrer">https://example.com/a</a>'
		);
	});

	it('renders headings, lists, code and tables', () => {
		const html = renderMarkdown(
			[
				'# Segments',
				'',
				'- Champions',
				'- At risk',
				'',
				'1. first',
				'',
				'Use `SELECT *`.',
				'',
				'```sql',
				'SELECT 1 < 2',
				'```',
				'',
				'| segment | customers |',
				'|---|--:|',
				'| Lost | 12 |'
			].join('\n')
		);
		expect(html).toContain('<h1>Segments</h1>');
		expect(html).toContain('<ul>\n<li>Champions</li>\n<li>At risk</li>\n</ul>');
		expect(html).toContain('<ol>\n<li>first</li>\n</ol>');
		expect(html).toContain('<code>SELECT *</code>');
		expect(html).toContain('<pre><code class="language-sql">SELECT 1 &lt; 2\n</code></pre>');
		expect(html).toContain('<th>segment</th>');
		expect(html).toContain('<td style="text-align:right">12</td>');
	});
});
