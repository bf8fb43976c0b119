import type { Message } from '../../translate';
import type { membersEn } from './en';

/** Vietnamese texts of member lists and result tables. */
export const membersVi: Record<keyof typeof membersEn, Message> = {
	'members.count': 'khách hàng',
	'members.loading': 'Đang liệt kê khách hàng…',
	'members.error': 'Không liệt kê được khách hàng',
	'members.close': 'Đóng danh sách',
	'members.rowsError': 'Không hiển thị được các dòng'
};
