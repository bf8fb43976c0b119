import { errorsEn } from './messages/errors/en';
import { loadingEn } from './messages/loading/en';
import { sourcesEn } from './messages/sources/en';
import { renderMessage, type MessageParams } from './translate';

/**
 * The messages code outside Svelte writes (cell errors, engine failures, file and notebook
 * problems). They are kept in English where they are made, stored and logged; `shownText`
 * reads them back at display time and says them in the interface language.
 */
export const WRITTEN = { ...errorsEn, ...loadingEn, ...sourcesEn };

/** A key of a message written in English by code that must stay free of the DOM. */
export type WrittenKey = keyof typeof WRITTEN;

/** The English text of a written message, numbers as plain digits (`1234`), ready to throw. */
export function english(key: WrittenKey, params?: MessageParams): string {
	return renderMessage('en', WRITTEN[key], params);
}
