import type { Message } from '../../translate';
import type { dataNotesEn } from './en';

/** Vietnamese texts of the notes src/data writes. */
export const dataNotesVi: Record<keyof typeof dataNotesEn, Message> = {
	'dataNotes.noName': 'Cột {n} không có tên ở dòng tiêu đề: nó được gọi là “{name}”.',
	'dataNotes.repeated':
		'“{name}” xuất hiện {count} lần ở dòng tiêu đề (cột {columns}): chúng được gọi là {called}.',
	'dataNotes.localDigits':
		'Chữ số Ba Tư và Ả Rập-Ấn được đọc thành 0–9 (۱۲۳ và 123 là cùng một mã khách hàng và cùng một số; ٫ là dấu thập phân, ٬ là dấu phân cách hàng nghìn) trong {names}.',
	'dataNotes.serialColumn':
		'“{column}”: các số được đọc là số ngày tuần tự của Excel (45292 = 2024-01-01); các số ngoài {first}–{last} (1954–2064) không phải ngày.',
	'dataNotes.date': '“{column}”: {parts}.',
	'dataNotes.separator': '; ',
	'dataNotes.jalali':
		'ngày được đọc theo lịch Jalali (Hijri Mặt Trời) và đổi sang lịch Gregory ({count} ngày; ngày không có trong lịch Jalali, như 1402/07/31, bị để riêng vì không đọc được)',
	'dataNotes.gregorianAlso': '{count} ngày Gregory viết năm trước cũng được đọc',
	'dataNotes.orderRead': '{count} ngày viết ngày hoặc tháng trước được đọc là {order}',
	'dataNotes.allAmbiguous': 'tất cả đều cũng khớp với {other}: hãy kiểm tra thứ tự',
	'dataNotes.someAmbiguous':
		'{count} ngày trong số đó cũng có thể là {other} (vd. 03/04) và được đọc là {order}',
	'dataNotes.isoAlso': '{count} ngày viết năm trước (ISO) cũng được đọc',
	'dataNotes.serial': '{count} giá trị được đọc là số ngày tuần tự của Excel (45292 = 2024-01-01)',
	'dataNotes.order.dmy': 'ngày/tháng/năm',
	'dataNotes.order.mdy': 'tháng/ngày/năm'
};
