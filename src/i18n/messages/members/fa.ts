import type { Message } from '../../translate';
import type { membersEn } from './en';

/** Persian texts of member lists and result tables. */
export const membersFa: Record<keyof typeof membersEn, Message> = {
	'members.count': 'مشتری',
	'members.loading': 'در حال فهرست کردن مشتریان…',
	'members.error': 'مشتریان فهرست نشدند',
	'members.close': 'بستن فهرست',
	'members.rowsError': 'سطرها نمایش داده نشدند'
};
