import { HEADER_ALIASES, type NamedRole } from './header-aliases';
import { foldDiacritics, headerTokens, normalizeHeader } from './normalize-header';
import type { SourceColumn } from './types';
import * as shape from './value-shapes';

/** Below this score a column is not given the role. */
export const MIN_ROLE_SCORE = 50;
/** At or above this score the header itself names the role (not just a word of it). */
export const EXACT_ROLE_SCORE = 90;

interface Alias {
	exact: string;
	folded: string;
	tokens: string[];
	rank: number;
}

const ALIASES = new Map<NamedRole, Alias[]>(
	Object.entries(HEADER_ALIASES).map(([role, list]) => [
		role as NamedRole,
		list.map((text, rank) => {
			const exact = normalizeHeader(text);
			const folded = foldDiacritics(exact);
			return { exact: compact(exact), folded: compact(folded), tokens: headerTokens(text), rank };
		})
	])
);

function compact(text: string): string {
	return text.replaceAll(' ', '');
}

/** How well a header names a role: 100 for an alias, less for an alias inside it, 0 for none. */
export function aliasScore(header: string, role: NamedRole): number {
	const exact = normalizeHeader(header);
	const folded = compact(foldDiacritics(exact));
	const tokens = headerTokens(header);
	let best = 0;
	for (const alias of ALIASES.get(role) ?? []) {
		// a later alias is a weaker match, so two columns fitting one role are told apart
		const rankCut = Math.min(alias.rank, 40) * 0.1;
		if (alias.exact === compact(exact)) best = Math.max(best, 100 - rankCut);
		else if (alias.folded === folded) best = Math.max(best, 98 - rankCut);
		else best = Math.max(best, partialScore(tokens, alias.tokens) - rankCut);
	}
	return best;
}

// `Order Date (UTC)` holds the alias `order date`. A one-word alias only counts in a short header,
// so `weird "name"; DROP TABLE x` is not a name. The last word is usually the head in English.
function partialScore(header: string[], alias: string[]): number {
	if (alias.length === 0 || alias.length >= header.length) return 0;
	if (alias.length === 1 && ((alias[0]?.length ?? 0) < 3 || header.length > 3)) return 0;
	for (let start = 0; start + alias.length <= header.length; start++) {
		if (alias.every((word, i) => header[start + i] === word)) {
			const atEnd = start + alias.length === header.length;
			return 60 + (20 * alias.length) / header.length + (atEnd ? 5 : 0) + (start === 0 ? 3 : 0);
		}
	}
	return 0;
}

const DATE_ROLES = new Set<NamedRole>([
	'order_date',
	'birth_date',
	'signup_date',
	'event_time',
	'created_at'
]);
const NUMBER_ROLES = new Set<NamedRole>(['amount', 'quantity', 'unit_price', 'discount']);
const SOFT_NUMBER_ROLES = new Set<NamedRole>(['age', 'income', 'children', 'satisfaction']);

/** Points for or against a role from the column's type and samples (tie-breaking only). */
export function shapeScore(column: SourceColumn, role: NamedRole): number {
	const { type, samples } = column;
	if (DATE_ROLES.has(role)) {
		if (shape.isDateType(type)) return 10;
		const dates = shape.shareOf(samples, shape.looksLikeDate);
		// `19970101` (CDNOW) and birth years are numbers that hold dates
		const years = shape.shareOf(samples, (s) => /^(1[89]|20)\d{2}$/.test(s.trim()));
		if (dates >= 0.5) return 5;
		if (samples.length > 0 && dates === 0 && years === 0) return -25;
		return 0;
	}
	if (shape.isDateType(type)) return -40;
	if (NUMBER_ROLES.has(role)) {
		if (shape.isNumericType(type)) return 10;
		const numbers = shape.shareOf(samples, shape.looksLikeNumber);
		if (numbers >= 0.5) return 3;
		return samples.length > 0 && numbers === 0 ? -25 : 0;
	}
	if (SOFT_NUMBER_ROLES.has(role)) return shape.isNumericType(type) ? 5 : 0;
	if (role === 'customer_id' || role === 'order_id') {
		if (shape.isBooleanType(type)) return -40;
		return shape.allDistinct(samples) ? 3 : 0;
	}
	if (role === 'is_return') {
		if (shape.isBooleanType(type)) return 10;
		return shape.shareOf(samples, shape.looksLikeBoolean) === 1 ? 5 : 0;
	}
	if (role === 'email') {
		const emails = shape.shareOf(samples, shape.looksLikeEmail);
		return emails >= 0.5 ? 10 : samples.length > 0 && emails === 0 ? -25 : 0;
	}
	if (role === 'gender') return shape.shareOf(samples, shape.looksLikeGender) >= 0.8 ? 5 : 0;
	return 0;
}

// Values alone can name two roles whatever the header says: e-mail addresses and genders.
function valueOnlyScore(column: SourceColumn, role: NamedRole): number {
	if (role === 'email' && shape.shareOf(column.samples, shape.looksLikeEmail) >= 0.8) return 55;
	if (role === 'gender' && shape.shareOf(column.samples, shape.looksLikeGender) === 1) {
		return column.samples.length >= 3 ? 55 : 0;
	}
	return 0;
}

/** How well a column fits a role, from its header, type and samples; 0 when it does not. */
export function roleScore(column: SourceColumn, role: NamedRole): number {
	const byName = aliasScore(column.name, role);
	if (byName === 0) return valueOnlyScore(column, role);
	return byName + shapeScore(column, role);
}
