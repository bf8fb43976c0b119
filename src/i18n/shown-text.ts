import { WRITTEN, type WrittenKey } from './english';
import { locale } from './locale.svelte';
import { localiseNumerals } from './number-format';
import { t } from './t';
import type { MessageParams } from './translate';

// Each English template of WRITTEN as a pattern: its text literally, each `{name}` a group.
// Longer templates are tried first, so "No purchases before {date}: there is nothing…" wins
// over "No purchases before {date}." for the text it was made from.
interface Template {
	key: WrittenKey;
	pattern: RegExp;
	names: string[];
	literal: number;
}

const PARAMETER = /\{(\w+)\}/g;
const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
// Names from files and code written as they are: never digits to translate, never a message.
const AS_WRITTEN = new Set(['name', 'names', 'column', 'value', 'path', 'id', 'index', 'earlier']);
// A count (`1234`), a size (`1.2 GB`) or a date (`2024-01-31`): said in the language's digits.
const NUMBER_LIKE = /^\d+(\.\d+)?( [KMG]?B)?$|^\d{4}-\d{2}-\d{2}$/;

let templates: Template[] | undefined;

function compile(): Template[] {
	const all: Template[] = [];
	for (const key of Object.keys(WRITTEN) as WrittenKey[]) {
		const message = WRITTEN[key];
		const forms = typeof message === 'string' ? [message] : Object.values(message);
		for (const form of forms) {
			if (!form) continue;
			const names = [...form.matchAll(PARAMETER)].map((m) => m[1]!);
			const source = form
				.split(PARAMETER)
				.map((piece, i) => (i % 2 === 0 ? escape(piece) : '([\\s\\S]+?)'))
				.join('');
			const literal = form.replace(PARAMETER, '').length;
			all.push({ key, pattern: new RegExp(`^${source}$`), names, literal });
		}
	}
	return all.sort((a, b) => b.literal - a.literal);
}

function param(name: string, value: string): string | number {
	if (AS_WRITTEN.has(name)) return value;
	// Warnings are joined one a line: each is a message of its own.
	if (value.includes('\n')) return value.split('\n').map(shownText).join('\n');
	if (/^\d+$/.test(value)) return Number(value);
	const read = readBack(value);
	if (read !== null) return read;
	return NUMBER_LIKE.test(value) ? localiseNumerals(value, locale.current) : value;
}

function readBack(text: string): string | null {
	templates ??= compile();
	for (const { key, pattern, names } of templates) {
		const m = pattern.exec(text);
		if (!m) continue;
		const params: MessageParams = {};
		names.forEach((name, i) => (params[name] = param(name, m[i + 1]!)));
		return t(key, params);
	}
	return null;
}

/**
 * A message written in English by code outside Svelte (see `english`), said in the interface
 * language: its template found, its parameters read back (numbers into local digits, nested
 * messages translated in turn). Text no template matches, such as DuckDB's own error, is shown
 * as written; in English every text is.
 */
export function shownText(text: string): string {
	if (locale.current === 'en') return text;
	return readBack(text) ?? text;
}
