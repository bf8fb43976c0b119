import { isMessageKey, t } from './t';

/** What a cell kind does, for the add-cell menu; `fallback` (the registry's text) for kinds without a key. */
export function kindDescription(kind: string, fallback: string): string {
	const key = `kindInfo.${kind}`;
	return isMessageKey(key) ? t(key) : fallback;
}
