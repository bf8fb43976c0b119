import type { DateFormat, Role, SourceColumn, SourceMapping } from './types';

/** Roles whose column holds dates or times. */
export const DATE_ROLES: ReadonlySet<Role> = new Set<Role>([
	'order_date',
	'birth_date',
	'signup_date',
	'event_time',
	'created_at'
]);

/** Ways a text date column can be read, in the order the mapping editor offers them. */
export const TEXT_DATE_FORMATS: readonly Exclude<DateFormat, null>[] = [
	'iso',
	'dmy',
	'mdy',
	'ymd',
	'jalali'
];

/** Whether a column is text used as a date, so how its dates are written can be chosen. */
export function isTextDateColumn(column: SourceColumn, mapping: SourceMapping): boolean {
	const role = mapping.roles[column.name];
	return column.type === 'VARCHAR' && role !== undefined && DATE_ROLES.has(role);
}

/**
 * The calendar a source's dates are written in: `jalali` when a date column is read as Jalali
 * (so dates can be shown back in Jalali), else `gregorian`.
 */
export function sourceCalendar(mapping: SourceMapping): 'jalali' | 'gregorian' {
	const used = Object.entries(mapping.dateFormats).filter(([column]) => {
		const role = mapping.roles[column];
		return role !== undefined && DATE_ROLES.has(role);
	});
	return used.some(([, format]) => format === 'jalali') ? 'jalali' : 'gregorian';
}
