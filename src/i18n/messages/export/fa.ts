import type { Message } from '../../translate';
import type { exportEn } from './en';

/** Persian texts of the export cell and the HTML report. */
export const exportFa: Record<keyof typeof exportEn, Message> = {
	'export.asOf': 'تا تاریخ',
	'export.customersIn': 'مشتری در',
	'export.oneRowEach': '(برای هر کدام یک سطر: خریداران و مشتریان بالقوه)',
	'export.columnsCount': '{count} ستون',
	'export.how':
		"فایل‌های CSV را DuckDB (`COPY … TO`) به صورت UTF-8 با نشانهٔ ترتیب بایت می‌نویسد، تا Excel متن فارسی و ویتنامی را درست نشان دهد؛ به خانهٔ متنی که با = + − @، تب یا بازگشت سطر شروع شود یک \u2068'\u2069 در آغاز افزوده می‌شود تا هیچ صفحه‌گسترده‌ای آن را فرمول اجرا نکند. اعداد عدد می‌مانند. Parquet از دسته‌های Arrow در DuckDB، در یک worker نوشته می‌شود. نام ستون‌ها و برچسب‌ها در فایل‌ها همان‌طور که در داده‌هاست (انگلیسی) می‌مانند، هر زبانی که رابط داشته باشد. ستون‌ها:",
	'export.customersCsv': 'CSV مشتریان',
	'export.customersParquet': 'Parquet مشتریان',
	'export.notebook': 'فایل دفترچه',
	'export.notebookTitle': 'روش دفترچه، نه داده‌ها — همان فایلِ «ذخیرهٔ دفترچه»',
	'export.making': 'در حال ساختن فایل…',
	'export.downloaded': '{name} دانلود شد.',
	'export.failed': 'خروجی گرفته نشد: {error}',
	'export.reading': 'در حال خواندن ستون‌های customers…',

	'export.segment.legend': 'اعضای یک بخش، برای ابزار ایمیل',
	'export.segment.noLens': 'هیچ ستونی از `customers` چند مقدارِ محدود برای انتخاب بخش ندارد.',
	'export.segment.lens': 'بخش‌های',
	'export.segment.lensOption': '{column} ({count} مقدار)',
	'export.segment.segment': 'بخش',
	'export.segment.none': '(هیچ)',
	'export.segment.option': '{value} — {count} مشتری',
	'export.segment.download': 'دانلود CSV بخش',
	'export.segment.how':
		'ستون‌ها: \u2068customer_id\u2069، ایمیل و نام اگر فایل مشتریان آن‌ها را داشته باشد، ستون انتخاب‌شده، و برچسب‌ها (بخش RFM، سطح ارزش، مرحلهٔ چرخهٔ عمر، خوشه، پرسونا، ارزش طول عمر و خطر ریزش، هر کدام که باشد). شمارش‌ها مشتریان `customers` در تاریخ تحلیل‌اند.',

	'export.report.legend': 'گزارش مستقل (HTML)',
	'export.report.how':
		'یک فایل با سلول‌های انتخاب‌شده همان‌طور که اکنون دیده می‌شوند — نمودارها به صورت تصویر درون فایل، جدول‌ها، یادداشت‌ها، خلاصهٔ کیفیت داده‌ها و تاریخ تحلیل — به زبان رابط. در هر مرورگری بدون شبکه باز می‌شود، هیچ اسکریپتی اجرا نمی‌کند و هر بخش را در یک صفحه چاپ می‌کند.',
	'export.report.dataQuality': 'کیفیت داده‌ها',
	'export.report.collapsed': '(جمع شده — برای گنجاندن بازش کنید)',
	'export.report.download': 'دانلود گزارش ({count} بخش)',
	'export.report.customers': '{count} مشتری',
	'export.report.amounts': 'مبالغ به {currency}',
	'export.report.noPicture': 'تصویر در دسترس نیست',
	'export.report.chart': 'نمودار',
	'export.words.asOf': 'تا تاریخ',
	'export.words.notSet': 'تعیین نشده',
	'export.words.sections': 'بخش‌ها',
	'export.words.pageTitle': '{title} — تا تاریخ {asOf}',
	'export.words.footer':
		'ساخته‌شده با Segmentbook در {date}، یکسره در مرورگر: هر عدد از فایل‌های مشتری روی همین رایانه محاسبه شده، همان‌طور که کنارش توضیح داده شده است.'
};
