import { locale } from '../i18n/locale.svelte';
import { formatNumber } from '../ui/format';

/**
 * Tick labels in the interface language's digits (۱٫۵ in Persian, 1,5 in Vietnamese); in
 * English Plot keeps its own format (which picks decimals from the tick step).
 */
export function localTickFormat(decimals = 2): ((value: number) => string) | undefined {
	return locale.current === 'en' ? undefined : (value: number) => formatNumber(value, decimals);
}
