import type { Message } from '../../translate';

/** English texts of member lists and result tables. */
export const membersEn = {
	'members.count': { one: 'customer', other: 'customers' },
	'members.loading': 'Listing the customers…',
	'members.error': 'The customers could not be listed',
	'members.close': 'Close list',
	'members.rowsError': 'The rows could not be shown'
} satisfies Record<string, Message>;
