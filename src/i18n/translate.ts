import { LOCALE_TAGS, type Locale } from './locales';

/** A message with plural forms, chosen by Intl.PluralRules on the `count` parameter. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
/** One entry of a catalogue: text with `{name}` parameters, or plural forms of it. */
export type Message = string | PluralMessage;
/** Values put into a message's `{name}` parameters. */
export type MessageParams = Record<string, string | number>;

const PARAMETER = /\{(\w+)\}/g;
const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralForm(locale: Locale, count: number): Intl.LDMLPluralRule {
	let rules = pluralRules.get(locale);
	if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(LOCALE_TAGS[locale])));
	return rules.select(count);
}

/**
 * A message as text: the plural form for `params.count` when it has forms, each `{name}`
 * replaced by its parameter (numbers through `formatValue`, e.g. into local digits), unknown
 * parameters left as written so a missing one shows rather than vanishes.
 */
export function renderMessage(
	locale: Locale,
	message: Message,
	params: MessageParams = {},
	formatValue: (n: number) => string = String
): string {
	const text =
		typeof message === 'string'
			? message
			: (message[pluralForm(locale, Number(params.count ?? 0))] ?? message.other);
	return text.replace(PARAMETER, (whole, name: string) => {
		const value = params[name];
		if (value === undefined) return whole;
		return typeof value === 'number' ? formatValue(value) : value;
	});
}

/** The parameter names a message uses, in every plural form, sorted. */
export function messageParams(message: Message): string[] {
	const texts = typeof message === 'string' ? [message] : Object.values(message);
	const names = new Set<string>();
	for (const text of texts) for (const m of (text ?? '').matchAll(PARAMETER)) names.add(m[1]!);
	return [...names].sort();
}
