import { formatCount } from './format';
import { t } from '../i18n/t';

/** Where one page sits in a result, and which moves are possible from it. */
export interface PageWindow {
	/** 1-based number of the first row shown (0 when there are no rows). */
	from: number;
	/** 1-based number of the last row shown. */
	to: number;
	first: number;
	previous: number;
	next: number;
	last: number;
	hasPrevious: boolean;
	hasNext: boolean;
}

/** The page at `offset` of `rowCount` rows, `pageSize` a page, and its neighbours' offsets. */
export function pageWindow(offset: number, pageSize: number, rowCount: number): PageWindow {
	const size = Math.max(1, Math.floor(pageSize));
	const last = rowCount > 0 ? Math.floor((rowCount - 1) / size) * size : 0;
	const start = Math.min(Math.max(0, offset), last);
	return {
		from: rowCount > 0 ? start + 1 : 0,
		to: Math.min(start + size, rowCount),
		first: 0,
		previous: Math.max(0, start - size),
		next: Math.min(start + size, last),
		last,
		hasPrevious: start > 0,
		hasNext: start < last
	};
}

/** The footer text: "rows 1–50 of 12,345". */
export function pageLabel(window: PageWindow, rowCount: number): string {
	if (rowCount <= 1) return t('table.count', { count: rowCount });
	return t('table.range', {
		from: formatCount(window.from),
		to: formatCount(window.to),
		count: formatCount(rowCount)
	});
}
