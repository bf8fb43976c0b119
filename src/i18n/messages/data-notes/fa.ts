import type { Message } from '../../translate';
import type { dataNotesEn } from './en';

/** Persian texts of the notes src/data writes. */
export const dataNotesFa: Record<keyof typeof dataNotesEn, Message> = {
	'dataNotes.noName': 'ستون {n} در سطر عنوان نام ندارد: «{name}» نامیده شد.',
	'dataNotes.repeated':
		'«{name}» {count} بار در سطر عنوان آمده است (ستون‌های {columns}): نام‌هایشان {called} است.',
	'dataNotes.localDigits':
		'رقم‌های فارسی و عربی به صورت 0 تا 9 خوانده شدند (۱۲۳ و 123 یک شناسهٔ مشتری و یک عددند؛ ٫ ممیز و ٬ جداکنندهٔ هزارگان است) در {names}.',
	'dataNotes.serialColumn':
		'«{column}»: عددها به صورت شمارهٔ روز سریال اکسل خوانده شدند (45292 = 2024-01-01)؛ عددهای بیرون از {first} تا {last} (1954 تا 2064) تاریخ نیستند.',
	'dataNotes.date': '«{column}»: {parts}.',
	'dataNotes.separator': '؛ ',
	'dataNotes.jalali':
		'تاریخ‌ها به صورت خورشیدی (هجری شمسی) خوانده و به میلادی برگردانده شدند ({count} تاریخ؛ روزی که در تقویم خورشیدی نیست، مانند ۱۴۰۲/۰۷/۳۱، ناخوانا کنار گذاشته می‌شود)',
	'dataNotes.gregorianAlso': '{count} تاریخ میلادیِ سال‌نخست هم خوانده شد',
	'dataNotes.orderRead': '{count} تاریخِ روز‌نخست یا ماه‌نخست به صورت {order} خوانده شد',
	'dataNotes.allAmbiguous': 'همهٔ آن‌ها با {other} هم جور درمی‌آیند: ترتیب را بررسی کنید',
	'dataNotes.someAmbiguous':
		'{count} تاریخ از آن‌ها می‌توانست {other} هم باشد (مثلاً 03/04) و به صورت {order} خوانده شد',
	'dataNotes.isoAlso': '{count} تاریخِ سال‌نخست (ISO) هم خوانده شد',
	'dataNotes.serial': '{count} مقدار به صورت شمارهٔ روز سریال اکسل خوانده شد (45292 = 2024-01-01)',
	'dataNotes.order.dmy': 'روز/ماه/سال',
	'dataNotes.order.mdy': 'ماه/روز/سال'
};
