import { locale } from './locale.svelte';
import { en, type MessageKey } from './messages/en';
import { fa } from './messages/fa';
import { vi } from './messages/vi';
import { numberFormat } from './number-format';
import { renderMessage, type Message, type MessageParams } from './translate';
import type { Locale } from './locales';

export type { MessageKey };

/** Every catalogue, by language; fa and vi are typed against en's keys. */
export const CATALOGUES: Record<Locale, Record<MessageKey, Message>> = { en, fa, vi };

/** Whether `key` is in the catalogue (for keys made from data, e.g. a cell kind). */
export function isMessageKey(key: string): key is MessageKey {
	return Object.hasOwn(en, key);
}

/**
 * The message `key` in the interface language, its `{name}` parameters filled in (numbers in
 * the language's digits) and its plural form chosen by `params.count`. Called in markup or in a
 * `$derived`, it re-runs when the language changes.
 */
export function t(key: MessageKey, params?: MessageParams): string {
	const lang = locale.current;
	const format = numberFormat(locale.tag, { maximumFractionDigits: 2 });
	return renderMessage(lang, CATALOGUES[lang][key], params, (n) => format.format(n));
}

/** What a cell kind is called on screen; `fallback` (the registry's label) for kinds without a key. */
export function kindLabel(kind: string, fallback: string): string {
	const key = `kind.${kind}`;
	return isMessageKey(key) ? t(key) : fallback;
}
