import { t, type MessageKey } from './t';
import type { MessageParams } from './translate';

// src/data writes its notes in English (they are stored with the source and stay so); the
// screen reads them back, template by template, and says them in the interface language. A
// note no template matches is shown as written.

const NUMBER = '([\\d,]+)';
const count = (text: string) => Number(text.replace(/,/g, ''));
const ORDERS: Record<string, MessageKey> = {
	'day/month/year': 'dataNotes.order.dmy',
	'month/day/year': 'dataNotes.order.mdy'
};
const order = (words: string) => (ORDERS[words] ? t(ORDERS[words]!) : words);

type Reader = [RegExp, (m: RegExpExecArray) => [MessageKey, MessageParams]];

const NOTES: Reader[] = [
	[
		/^Column (\d+) has no name in the header: it is called “(.*)”\.$/,
		(m) => ['dataNotes.noName', { n: Number(m[1]), name: m[2]! }]
	],
	[
		/^“(.*)” appears (\d+) times in the header \(columns ([\d, ]+)\): they are called (.*)\.$/,
		(m) => [
			'dataNotes.repeated',
			{ name: m[1]!, count: Number(m[2]), columns: m[3]!, called: m[4]! }
		]
	],
	[
		/^Persian and Arabic-Indic digits read as 0–9 \(.*\) in (.*)\.$/,
		(m) => ['dataNotes.localDigits', { names: m[1]! }]
	],
	[
		/^“(.*)”: numbers read as Excel serial day numbers \(45292 = 2024-01-01\); numbers outside (\d+)–(\d+) \(1954–2064\) are not dates\.$/,
		(m) => ['dataNotes.serialColumn', { column: m[1]!, first: m[2]!, last: m[3]! }]
	]
];

const PARTS: Reader[] = [
	[
		new RegExp(
			`^dates read as Jalali \\(Solar Hijri\\) and converted to Gregorian \\(${NUMBER} dates?;`
		),
		(m) => ['dataNotes.jalali', { count: count(m[1]!) }]
	],
	[
		new RegExp(`^${NUMBER} Gregorian dates? written year first also read$`),
		(m) => ['dataNotes.gregorianAlso', { count: count(m[1]!) }]
	],
	[
		new RegExp(`^${NUMBER} dates? written day or month first read as (.+)$`),
		(m) => ['dataNotes.orderRead', { count: count(m[1]!), order: order(m[2]!) }]
	],
	[
		/^every one of them also fits (.+): check the order$/,
		(m) => ['dataNotes.allAmbiguous', { other: order(m[1]!) }]
	],
	[
		new RegExp(
			`^${NUMBER} dates? of them could also be (.+) \\(e\\.g\\. 03/04\\) and (?:was|were) read as (.+)$`
		),
		(m) => [
			'dataNotes.someAmbiguous',
			{ count: count(m[1]!), other: order(m[2]!), order: order(m[3]!) }
		]
	],
	[
		new RegExp(`^${NUMBER} dates? written year first \\(ISO\\) also read$`),
		(m) => ['dataNotes.isoAlso', { count: count(m[1]!) }]
	],
	[
		new RegExp(`^${NUMBER} values? read as Excel serial day numbers \\(45292 = 2024-01-01\\)$`),
		(m) => ['dataNotes.serial', { count: count(m[1]!) }]
	]
];

function read(readers: Reader[], text: string): string | null {
	for (const [pattern, params] of readers) {
		const m = pattern.exec(text);
		if (m) {
			const [key, values] = params(m);
			return t(key, values);
		}
	}
	return null;
}

/** A note of src/data (header, digits, date formats) in the interface language. */
export function shownNote(note: string): string {
	const whole = read(NOTES, note);
	if (whole !== null) return whole;
	// A date-format note: “column”: part; part; part.
	const date = /^“(.*?)”: (.*)\.$/.exec(note);
	if (!date) return note;
	// The Jalali part holds a ';' of its own: split only where the next part begins.
	const parts = date[2]!.split(/; (?=\d|every )/);
	const shown = parts.map((part) => read(PARTS, part));
	if (shown.some((s) => s === null)) return note;
	return t('dataNotes.date', { column: date[1]!, parts: shown.join(t('dataNotes.separator')) });
}
