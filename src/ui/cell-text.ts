import { formatCell } from './format';
import { t } from '../i18n/t';

/** Anything a value can be read from by row index: an Arrow Vector, in practice. */
export interface CellSource {
	get(index: number): unknown;
}

/** One cell ready to show: its text, and whether it is SQL NULL or could not be read. */
export interface CellText {
	text: string;
	isNull: boolean;
	unreadable: boolean;
}

/** Reads and formats one cell; a value Arrow cannot convert shows as unreadable, not as a crash. */
export function cellText(
	column: CellSource | null | undefined,
	row: number,
	type: string
): CellText {
	let value: unknown;
	try {
		value = column?.get(row);
	} catch {
		// apache-arrow throws for values outside JavaScript's range, e.g. `-infinity` timestamps
		// ("… is not safe to convert to a number"); one bad cell must not hide the whole page.
		return { text: t('ui.outOfRange'), isNull: false, unreadable: true };
	}
	if (value === null || value === undefined)
		return { text: 'NULL', isNull: true, unreadable: false };
	return { text: formatCell(value, type), isNull: false, unreadable: false };
}
