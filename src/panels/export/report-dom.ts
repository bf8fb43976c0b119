import { t } from '../../i18n/t';

// Turns cells on the page into markup for the standalone report. Text nodes are serialised by
// the browser (so `<script>` from the data comes out as `&lt;script&gt;`); what could act or
// fetch is taken out: controls, scripts, event attributes and links to anything but data.

const REMOVED = 'button, script, iframe, object, embed, link, textarea, template, dialog, noscript';
const KEPT_HREF = /^(https?:|mailto:|#)/i;
const INLINE_HREF = /^(data:|#)/i;
const FETCHING_URL = /url\(\s*(?!['"]?(?:data:|#))/i;

/** What a form control shows, as plain text (a report cannot be edited). */
function controlText(control: Element): string {
	if (control instanceof HTMLSelectElement) return control.selectedOptions[0]?.text ?? '';
	if (control instanceof HTMLInputElement) {
		if (control.type === 'checkbox' || control.type === 'radio') return control.checked ? '☑' : '☐';
		if (control.type === 'hidden' || control.type === 'file') return '';
		return control.value;
	}
	return '';
}

// Cloning copies a canvas's size but not its pixels: they are taken from the original.
function canvasesToImages(original: Element, copy: Element): void {
	const from = [...original.querySelectorAll('canvas')];
	copy.querySelectorAll('canvas').forEach((canvas, i) => {
		const source = from[i];
		const img = document.createElement('img');
		try {
			img.src = source?.toDataURL('image/png') ?? '';
		} catch {
			img.alt = t('export.report.noPicture');
		}
		img.alt ||= source?.getAttribute('aria-label') ?? t('export.report.chart');
		img.width = source?.clientWidth || canvas.width;
		canvas.replaceWith(img);
	});
}

// Controls are read from the original: a clone keeps the markup, not the chosen option.
function controlsToText(original: Element, copy: Element): void {
	const selector = 'input, select';
	const from = [...original.querySelectorAll(selector)];
	copy.querySelectorAll(selector).forEach((control, i) => {
		const text = controlText(from[i] ?? control);
		const span = document.createElement('span');
		span.className = 'report-value';
		span.textContent = text;
		control.replaceWith(span);
	});
}

function stripAttributes(element: Element): void {
	for (const attr of [...element.attributes]) {
		const name = attr.name.toLowerCase();
		const value = attr.value.trim();
		// A link is only followed when clicked; anything else with an address (an SVG image) loads it.
		const keptHref = element.localName === 'a' ? KEPT_HREF : INLINE_HREF;
		const fetches = (name === 'href' || name === 'xlink:href') && !keptHref.test(value);
		const loads = (name === 'src' || name === 'srcset') && !value.startsWith('data:');
		if (
			name.startsWith('on') ||
			fetches ||
			loads ||
			name === 'contenteditable' ||
			name === 'tabindex' ||
			(name === 'style' && FETCHING_URL.test(value))
		) {
			element.removeAttribute(attr.name);
		}
	}
}

/** The markup of an element for the report: controls as text, canvases as pictures, nothing active. */
export function reportMarkup(element: Element): string {
	const copy = element.cloneNode(true) as Element;
	canvasesToImages(element, copy);
	controlsToText(element, copy);
	copy.querySelectorAll(REMOVED).forEach((e) => e.remove());
	copy.querySelectorAll('img:not([src^="data:"])').forEach((e) => e.remove());
	stripAttributes(copy);
	copy.querySelectorAll('*').forEach(stripAttributes);
	return copy.outerHTML;
}

/** Every rule of the page's own stylesheets, as text (the report then looks like the app). */
export function pageCssRules(): string[] {
	const rules: string[] = [];
	for (const sheet of document.styleSheets) {
		try {
			for (const rule of sheet.cssRules) rules.push(rule.cssText);
		} catch {
			// A sheet from elsewhere cannot be read; the page has none, and the report does without.
		}
	}
	return rules;
}
