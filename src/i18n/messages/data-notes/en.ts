import type { Message } from '../../translate';

/** English texts of the notes src/data writes (read back and translated at display time). */
export const dataNotesEn = {
	'dataNotes.noName': 'Column {n} has no name in the header: it is called “{name}”.',
	'dataNotes.repeated':
		'“{name}” appears {count} times in the header (columns {columns}): they are called {called}.',
	'dataNotes.localDigits':
		'Persian and Arabic-Indic digits read as 0–9 (۱۲۳ and 123 are the same customer id and the same number; ٫ is the decimal point, ٬ the thousands separator) in {names}.',
	'dataNotes.serialColumn':
		'“{column}”: numbers read as Excel serial day numbers (45292 = 2024-01-01); numbers outside {first}–{last} (1954–2064) are not dates.',
	'dataNotes.date': '“{column}”: {parts}.',
	'dataNotes.separator': '; ',
	'dataNotes.jalali': {
		one: 'dates read as Jalali (Solar Hijri) and converted to Gregorian ({count} date; a day the Jalali calendar does not have, such as 1402/07/31, is set aside as unreadable)',
		other:
			'dates read as Jalali (Solar Hijri) and converted to Gregorian ({count} dates; a day the Jalali calendar does not have, such as 1402/07/31, is set aside as unreadable)'
	},
	'dataNotes.gregorianAlso': {
		one: '{count} Gregorian date written year first also read',
		other: '{count} Gregorian dates written year first also read'
	},
	'dataNotes.orderRead': {
		one: '{count} date written day or month first read as {order}',
		other: '{count} dates written day or month first read as {order}'
	},
	'dataNotes.allAmbiguous': 'every one of them also fits {other}: check the order',
	'dataNotes.someAmbiguous': {
		one: '{count} date of them could also be {other} (e.g. 03/04) and was read as {order}',
		other: '{count} dates of them could also be {other} (e.g. 03/04) and were read as {order}'
	},
	'dataNotes.isoAlso': {
		one: '{count} date written year first (ISO) also read',
		other: '{count} dates written year first (ISO) also read'
	},
	'dataNotes.serial': {
		one: '{count} value read as Excel serial day numbers (45292 = 2024-01-01)',
		other: '{count} values read as Excel serial day numbers (45292 = 2024-01-01)'
	},
	'dataNotes.order.dmy': 'day/month/year',
	'dataNotes.order.mdy': 'month/day/year'
} satisfies Record<string, Message>;
