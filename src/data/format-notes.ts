import { EXCEL_SERIAL_RANGE, type DateChoice, type DateProbeRow } from './detect-formats';

const ORDER_WORDS = { dmy: 'day/month/year', mdy: 'month/day/year' } as const;

/**
 * What the user should be told about how a text date column is read: which order dates written
 * day or month first are read in and how many could be read either way, how many are written
 * year first, and how many are Excel serial day numbers. Null when there is nothing to say.
 */
export function dateFormatNote(
	column: string,
	choice: DateChoice,
	row: DateProbeRow
): string | null {
	const parts: string[] = [];
	const yearFirst = Number(row.iso) + Number(row.ymd);
	const serial = Number(row.serial);
	if (choice.format === 'jalali') {
		parts.push(
			`dates read as Jalali (Solar Hijri) and converted to Gregorian (${count(Number(row.jalali), 'date')}; a day the Jalali calendar does not have, such as 1402/07/31, is set aside as unreadable)`
		);
		if (yearFirst > 0)
			parts.push(`${count(yearFirst, 'Gregorian date')} written year first also read`);
	}
	if (choice.format === 'dmy' || choice.format === 'mdy') {
		const order = ORDER_WORDS[choice.format];
		const other = ORDER_WORDS[choice.format === 'dmy' ? 'mdy' : 'dmy'];
		const read = Math.max(Number(row.dmy), Number(row.mdy));
		parts.push(`${count(read, 'date')} written day or month first read as ${order}`);
		if (choice.ambiguous) parts.push(`every one of them also fits ${other}: check the order`);
		else if (choice.ambiguousCount > 0) {
			parts.push(
				`${count(choice.ambiguousCount, 'date')} of them could also be ${other} (e.g. 03/04) and ${choice.ambiguousCount === 1 ? 'was' : 'were'} read as ${order}`
			);
		}
		if (yearFirst > 0) parts.push(`${count(yearFirst, 'date')} written year first (ISO) also read`);
	}
	if (serial > 0)
		parts.push(`${count(serial, 'value')} read as Excel serial day numbers (45292 = 2024-01-01)`);
	return parts.length ? `“${column}”: ${parts.join('; ')}.` : null;
}

/** The note for a numeric column used as a date: its numbers are Excel serial day numbers. */
export function serialColumnNote(column: string): string {
	const { first, last } = EXCEL_SERIAL_RANGE;
	return `“${column}”: numbers read as Excel serial day numbers (45292 = 2024-01-01); numbers outside ${first}–${last} (1954–2064) are not dates.`;
}

function count(n: number, word: string): string {
	return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
