import type { Message } from '../../translate';
import type { notebookEn } from './en';

/** Persian texts of the notebook around the analyses. */
export const notebookFa: Record<keyof typeof notebookEn, Message> = {
	'notebook.welcome': [
		'فایل‌های مشتری‌تان را روی سلول **داده‌ها** در پایین بیندازید: هیچ چیز از این رایانه بیرون نمی‌رود و هر',
		'سلول با تغییر داده‌ها، نگاشت ستون‌ها یا تاریخ مبنا خودبه‌خود دوباره اجرا می‌شود.',
		'با **+** سلول بیفزایید و سلولی را که ویرایش می‌کنید با **Shift+Enter** اجرا کنید.'
	].join('\n'),

	'kindInfo.data': 'فایل‌های مشتری، نگاشت ستون‌هایشان و گزارش کیفیت داده‌ها',
	'kindInfo.kpis': 'مشتریان، درآمد، ارزش سفارش، نرخ خرید تکراری، ریزش و حفظ مشتری',
	'kindInfo.rfm': 'امتیازهای تازگی، تکرار و مبلغ، جدول R×F و ۱۱ بخش نام‌دار',
	'kindInfo.tiers': 'مشتریان با ارزش بالا، میانه و پایین، مشتریان ویژه و منحنی پارتو (۸۰/۲۰)',
	'kindInfo.cohorts': 'مشتریان بر پایهٔ ماه نخستین سفارش و سهمی که پس از آن دوباره سفارش می‌دهند',
	'kindInfo.lifecycle':
		'مشتریان بالقوه، تازه، فعال، تکراری، وفادار، رو به ریزش و ازدست‌رفته، و جابه‌جایی میانشان',
	'kindInfo.behaviour':
		'تخفیف‌جویان، مرجوع‌کنندگان، شاکیان، خریداران آنی، مرحلهٔ سفر مشتری، رفتار آنلاین و گرایش به دسته‌ها',
	'kindInfo.breakdown':
		'هر بخش به تفکیک هر ویژگی (سن، جنسیت، درآمد، شهر…): سهم‌ها و شاخص نسبت به پایه',
	'kindInfo.rules':
		'بخش‌های پویا از قاعده‌ها («درآمد در ۳۶۵ روز گذشته > ۱۰۰۰»)، شمارش زنده، جابه‌جایی',
	'kindInfo.clusters': 'گروه‌های k-means مشتریان بر پایهٔ ویژگی‌های برگزیده، با کمک برای انتخاب k',
	'kindInfo.clv': 'چه کسی دوباره می‌خرد، چه کسی در حال رفتن است و ارزش هر مشتری چقدر است (BG/NBD)',
	'kindInfo.personas':
		'یک کارت پرسونا برای هر بخش: چه کسانی هستند، چه می‌خرند، چه باید برایشان کرد',
	'kindInfo.export': 'مشتریان به CSV یا Parquet، فهرست بخش برای ابزارهای ایمیل، گزارش HTML مستقل',
	'kindInfo.sql': 'SQL آزاد DuckDB روی transactions، customers و همهٔ نماها',
	'kindInfo.note': 'متن Markdown: زمینه، یافته‌ها، پیشنهادها',

	'sql.editor': 'پرس‌وجوی SQL',
	'sql.run': 'اجرا ◂',
	'sql.runTitle': 'اجرا (Shift+Enter)',
	'sql.saveAs': 'ذخیرهٔ نتیجه به صورت نما',
	'sql.namePlaceholder': 'نام (اختیاری)',
	'sql.rows': 'سطر',
	'sql.ms': '{ms} میلی‌ثانیه',
	'sql.sep': '، ',
	'chart.chart': 'نمودار',
	'chart.bar': 'میله‌ای',
	'chart.line': 'خطی',
	'chart.dot': 'نقطه‌ای',
	'chart.hide': 'پنهان کردن نمودار',
	'chart.show': 'رسم نمودار این نتیجه',
	'chart.caption': '{y} بر پایهٔ {x}، {rows} سطر نخست نتیجه.',
	'table.sortBy': 'مرتب‌سازی بر پایهٔ {column}',
	'table.pages': 'صفحه‌های نتیجه',
	'table.first': 'صفحهٔ نخست',
	'table.previous': 'صفحهٔ پیش',
	'table.next': 'صفحهٔ بعد',
	'table.last': 'صفحهٔ آخر',
	'table.count': '{count} سطر',
	'table.range': 'سطرهای {from} تا {to} از {count}',

	'note.editor': 'متن یادداشت (Markdown)',
	'note.done': 'تمام',
	'note.edit': 'ویرایش',
	'note.editTitle': 'برای ویرایش دوبار کلیک کنید',
	'note.empty': 'یادداشت خالی — برای نوشتن دوبار کلیک کنید (Markdown).',

	'autosave.title':
		'دفترچه (نه داده‌ها، مگر آنکه نگه‌داشتنشان را برگزیده باشید) همزمان با کار شما در این مرورگر ذخیره می‌شود',
	'autosave.saved': 'روی این دستگاه ذخیره شد',
	'autosave.pending': 'در حال ذخیره…',
	'autosave.failed': 'ذخیره روی این دستگاه ممکن نشد',
	'recovery.restarting': 'موتور DuckDB متوقف شد ({reason}). در حال راه‌اندازی دوباره…',
	'recovery.reloading':
		'موتور DuckDB متوقف شد ({reason}) و دوباره راه‌اندازی شد. داده‌ها دوباره خوانده و سلول‌ها دوباره اجرا می‌شوند…',
	'recovery.restored':
		'موتور DuckDB متوقف شد ({reason}) و دوباره راه‌اندازی شد: داده‌ها دوباره خوانده و سلول‌ها دوباره اجرا شدند. دفترچه و ویرایش‌هایتان همان‌گونه است که رها کرده بودید.',
	'recovery.failed':
		'موتور DuckDB متوقف شد ({reason}) و دوباره راه نیفتاد ({error}). دفترچه‌تان روی این دستگاه ذخیره شده است: برای ادامه، صفحه را دوباره بارگذاری کنید.',
	'recovery.debug': 'ابزارهای اشکال‌زدایی',
	'recovery.trap': 'متوقف کردن عمدی موتور DuckDB',

	'progress.sweep': 'آزمودن \u2068k = ۲…۱۰\u2069 (k-means و ضریب نیم‌رخ برای هر کدام)',
	'progress.kmeans': 'خوشه‌بندی (آغازهای دوبارهٔ k-means++)',
	'progress.pca': 'تصویر کردن روی مؤلفه‌های اصلی',
	'progress.profiles': 'نیم‌رخ‌سازی خوشه‌ها',
	'progress.bgnbd': 'برازش BG/NBD (شمار خریدها)',
	'progress.gammaGamma': 'برازش Gamma-Gamma (ارزش سفارش‌ها)',
	'progress.holdout': 'سنجش دورهٔ کنارگذاشته',
	'progress.curve': 'خریدهای تکراری انباشتهٔ مورد انتظار',
	'progress.scores': 'امتیازدهی به همهٔ مشتریان'
};
