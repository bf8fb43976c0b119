import type { Message } from '../../translate';
import type { uiEn } from './en';

/** Persian texts of the presentational primitives and of the charts' table views. */
export const uiFa: Record<keyof typeof uiEn, Message> = {
	'ui.dropFiles': 'فایل‌های CSV، اکسل، JSON یا Parquet را رها کنید تا تحلیل شوند',
	'ui.chartFailed': 'نمودار رسم نشد: {error}',
	'ui.cancel': 'لغو',
	'ui.percent': '{percent}٪',
	'ui.previewRegion': 'نخستین ردیف‌های فایل',
	'ui.outOfRange': '(بیرون از بازه)',
	'kpi.invalidWindow': 'بازه باید عددی صحیح از ۱ تا {max} روز باشد.',
	'kpi.invalidTop': 'سهم برتر باید درصدی صحیح از ۱ تا ۱۰۰ باشد.',
	'notebook.defaultTitle': 'بخش‌بندی مشتریان',

	'figure.customers': 'مشتریان',
	'figure.actual': 'واقعی',
	'figure.rfm.caption': 'مشتریان در هر خانهٔ تازگی × تکرار',
	'figure.rfm.recency': 'امتیاز تازگی',
	'figure.rfm.frequency': 'امتیاز تکرار',
	'figure.rfm.share': 'سهم',
	'figure.rfm.monetary': 'میانگین ارزش پولی',
	'figure.pareto.caption': 'سهم درآمدی که مشتریان برتر می‌سازند، پرخرج‌ترین‌ها اول',
	'figure.pareto.top': 'سهم برتر مشتریان',
	'figure.pareto.revenue': 'سهم از درآمد',
	'figure.k.caption': 'مجموع مربعات درون‌خوشه‌ای و میانگین سیلوئت برای هر k',
	'figure.k.wss': 'مجموع مربعات درون‌خوشه‌ای',
	'figure.k.silhouette': 'میانگین سیلوئت',
	'figure.retention.value': 'ماندگاری',
	'figure.retention.ordering': 'مشتریان سفارش‌دهنده',
	'figure.retention.cohorts': 'هم‌گروه‌ها',
	'figure.holdout.caption':
		'میانگین خریدهای تکراری دورهٔ آزمون بر پایهٔ خریدهای تکراری دورهٔ برازش، واقعی و پیش‌بینی‌شده',
	'figure.holdout.calibration': 'خریدهای تکراری دورهٔ برازش',
	'figure.holdout.model': 'مدل (BG/NBD)',
	'figure.cumulative.weeks': 'خریدهای تکراری انباشته به تفکیک هفته، واقعی و مورد انتظار',
	'figure.cumulative.days': 'خریدهای تکراری انباشته به تفکیک روز، واقعی و مورد انتظار',
	'figure.week': 'هفته',
	'figure.day': 'روز',
	'figure.cumulative.expected': 'مورد انتظار (BG/NBD)'
};
