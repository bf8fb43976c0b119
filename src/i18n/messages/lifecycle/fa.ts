import type { Message } from '../../translate';
import type { lifecycleEn } from './en';

/** Persian texts of the lifecycle panels. */
export const lifecycleFa: Record<keyof typeof lifecycleEn, Message> = {
	'lifecycle.stage.prospect': 'بالقوه',
	'lifecycle.stage.new': 'تازه',
	'lifecycle.stage.active': 'فعال',
	'lifecycle.stage.repeat': 'تکرارکننده',
	'lifecycle.stage.loyal': 'وفادار',
	'lifecycle.stage.lapsing': 'رو به ریزش',
	'lifecycle.stage.churned': 'ریزش‌کرده',
	'lifecycle.stage.unknown': 'هنوز ناشناخته',

	'lifecycle.how.intro':
		'هر مشتری که در تاریخ مبنا{date} شناخته است (در فایل مشتریان هست یا پیش از آن سفارشی داده، بی‌احتساب مرجوعی‌ها) یک مرحله می‌گیرد. آزمون‌ها به این ترتیب اعمال می‌شوند و نخستین آزمونی که بخواند برنده است:',
	'lifecycle.how.arrow': ' ← ',
	'lifecycle.how.introDate': ' ({date})',
	'lifecycle.how.outro':
		'پس مشتری ریزش‌کرده هرگز تازه نیست، و مشتری وفادار یا تکرارکننده‌ای که دیر کرده، رو به ریزش نشان داده می‌شود.',
	'lifecycle.how.prospect': 'در فایل مشتریان هست، بی هیچ سفارشی پیش از تاریخ مبنا.',
	'lifecycle.how.new': 'نخستین سفارش {newDays} روز یا کمتر پیش از تاریخ مبنا.',
	'lifecycle.how.active': 'یک سفارش، بیش از {newDays} و حداکثر {churnDays} روز پیش.',
	'lifecycle.how.repeat': 'دو سفارش یا بیشتر؛ نه وفادار، نه رو به ریزش.',
	'lifecycle.how.loyal':
		'سفارش در دست‌کم {loyalMonths} ماه تقویمی متفاوت از {loyalWindowDays} روز گذشته، و رو به ریزش نیست.',
	'lifecycle.how.lapsing':
		'در دو روز یا بیشتر سفارش داده و روزهای گذشته از آخرین سفارش بیش از {lapseFactor} × میانهٔ فاصلهٔ میان روزهای سفارش اوست.',
	'lifecycle.how.churned': 'در {churnDays} روز گذشته سفارشی نداده است.',

	'lifecycle.settings.thresholds': 'آستانه‌های مراحل',
	'lifecycle.settings.default': 'پیش‌فرض {value}',
	'lifecycle.settings.loyalDefault': 'پیش‌فرض {months} ماه در {days} روز',
	'lifecycle.settings.newBefore': 'تازه: نخستین سفارش در',
	'lifecycle.settings.days': 'روز',
	'lifecycle.settings.churnBefore': 'ریزش‌کرده: بی‌سفارش بیش از',
	'lifecycle.settings.loyalBefore': 'وفادار: سفارش در دست‌کم',
	'lifecycle.settings.loyalMiddle': 'ماه از',
	'lifecycle.settings.lapseBefore': 'رو به ریزش: بیش از',
	'lifecycle.settings.lapseAfter': '× میانهٔ فاصلهٔ میان سفارش‌هایش',
	'lifecycle.settings.flow': 'جریان',
	'lifecycle.settings.flowDefault': 'پیش‌فرض: {days} روز پیش از تاریخ مبنا',
	'lifecycle.settings.from': 'از',
	'lifecycle.settings.toAsOf': 'تا تاریخ مبنا {date}',
	'lifecycle.settings.useDefault': '{days} روز پیش از تاریخ مبنا را به کار ببر',
	'lifecycle.settings.apply': 'اعمال',
	'lifecycle.settings.defaults': 'پیش‌فرض‌ها',
	'lifecycle.settings.defaultsTitle':
		'تازه {newDays} روز، ریزش‌کرده {churnDays} روز، وفادار {loyalMonths} ماه در {loyalWindowDays} روز، رو به ریزش × {lapseFactor}، جریان از {flowDays} روز پیش',
	'lifecycle.problem.new': '«تازه در» باید عددی صحیح از روزها باشد، ۰ یا بیشتر.',
	'lifecycle.problem.churn': '«ریزش‌کرده پس از» باید عددی صحیح از روزها باشد، ۱ یا بیشتر.',
	'lifecycle.problem.loyal': '«وفادار» عددی صحیح از ماه‌ها می‌خواهد، ۱ یا بیشتر.',
	'lifecycle.problem.window': 'بازهٔ وفاداری باید عددی صحیح از روزها باشد.',
	'lifecycle.problem.lapse': 'ضریب ریزش باید عددی بزرگ‌تر از ۰ باشد.',
	'lifecycle.problem.pickDate': 'تاریخ آغاز جریان را برگزینید.',
	'lifecycle.problem.before': 'تاریخ آغاز باید پیش از تاریخ مبنا ({date}) باشد.',

	'lifecycle.empty': 'در {date} هیچ مشتری شناخته‌ای نیست.',
	'lifecycle.table.caption':
		'مشتریان به تفکیک مرحلهٔ چرخهٔ عمر در {date}. درآمد: خرج هر مشتری (به \u2068{currency}\u2069) در سفارش‌های پیش از آن روز، بی‌احتساب مرجوعی‌ها. روی یک مرحله بزنید تا مشتریانش فهرست شوند.',
	'lifecycle.table.stage': 'مرحله',
	'lifecycle.table.customers': 'مشتریان',
	'lifecycle.table.customersTitle': 'مشتریان این مرحله (مشتریان شناخته در {date})',
	'lifecycle.table.customerShare': 'سهم از مشتریان',
	'lifecycle.table.customerShareTitle':
		'مشتریان این مرحله ÷ همهٔ مشتریان شناخته در {date}؛ نوار نسبت به بزرگ‌ترین مرحله است',
	'lifecycle.table.revenue': 'درآمد',
	'lifecycle.table.revenueTitle': 'کل خرج مشتریان این مرحله پیش از {date}',
	'lifecycle.table.revenueShare': 'سهم از درآمد',
	'lifecycle.table.revenueShareTitle': 'درآمد این مرحله ÷ همهٔ درآمد پیش از {date}',
	'lifecycle.table.avgOrders': 'میانگین سفارش',
	'lifecycle.table.avgOrdersTitle': 'میانگین شمار سفارش‌های متمایز هر مشتری این مرحله',
	'lifecycle.table.pick': { other: 'فهرست {count} مشتری «{stage}»' },
	'lifecycle.table.total': 'همهٔ شناخته‌ها',

	'lifecycle.members.title': 'مرحلهٔ «{stage}» در {date}',
	'lifecycle.members.empty': 'در این مرحله مشتری‌ای نیست.',
	'lifecycle.members.caption':
		'به ترتیب شناسهٔ مشتری. `orders`: سفارش‌های متمایز پیش از {date}؛ `revenue`: خرج آن‌ها به \u2068{currency}\u2069، بی‌احتساب مرجوعی‌ها؛ `median_gap_days`: میانهٔ روزهای میان روزهای سفارش پیاپی (با کمتر از دو سفارش خالی است)؛ `active_months`: ماه‌های تقویمی دارای سفارش در بازهٔ وفاداری.',
	'lifecycle.moveMembers.title': '{from} در {before} ← {to} در {date}',
	'lifecycle.moveMembers.empty': 'هیچ مشتری‌ای این جابه‌جایی را نداشته است.',
	'lifecycle.moveMembers.caption':
		'به ترتیب شناسهٔ مشتری، با آستانه‌های بالا در هر دو تاریخ. `orders`، `revenue` (به \u2068{currency}\u2069، بی‌احتساب مرجوعی‌ها) و `last_order_date`: سفارش‌های پیش از {date}.',
	'lifecycle.flowError': 'جریان را نتوانستیم حساب کنیم: {error}',

	'lifecycle.flow.heading': 'جریان میان مراحل: {before} ← {date}',
	'lifecycle.flow.caption':
		'هر مشتری شناخته در {date} با مرحله‌اش در هر دو تاریخ، با همان آستانه‌ها (در {before} فقط سفارش‌های پیش از آن روز شمرده می‌شوند). «{unknown}» یعنی نه در فایل مشتریان است و نه پیش از {before} سفارشی داده. سطرها: مرحله در {before}؛ ستون‌ها: مرحله در {date}؛ هر خانه شمار مشتریان و سهمشان از سطر را می‌دهد؛ روی یک عدد بزنید تا آن مشتریان فهرست شوند.',
	'lifecycle.flow.stayed': '{stayed} از {total} ({share}) در هر دو تاریخ در همان مرحله‌اند.',
	'lifecycle.flow.corner': '{before} ↓ / {date} ←',
	'lifecycle.flow.total': 'جمع',
	'lifecycle.flow.totalOn': 'جمع در {date}',
	'lifecycle.flow.cellTitle':
		'{count} از {total} مشتریِ «{from}» در {before}، در {date} «{to}» هستند',
	'lifecycle.flow.chartHead': 'هر مرحلهٔ {before} به کجا رفت، به تفکیک مرحله در {date}:',
	'lifecycle.flow.customers': 'مشتریان',
	'lifecycle.flow.share': '٪ از مرحله',
	'lifecycle.flow.chartLabel': 'جریان چرخهٔ عمر از {before} تا {date}',
	'lifecycle.flow.chartCaption':
		'برای هر مرحله در {before} یک نوار، بخش‌شده بر پایهٔ مرحله‌ای که همان مشتریان در {date} در آن‌اند؛ نشانگر را روی هر بخش ببرید تا شمارش را ببینید.',

	'lifecycle.chart.from': '{stage} در {before}',
	'lifecycle.chart.fromUnknown': 'هنوز ناشناخته در {before}',
	'lifecycle.chart.bar': { other: '{from} ← {to} در {date}: {count} مشتری ({share} از آن‌ها)' },
	'lifecycle.chart.xShare': 'سهم از مرحله در {before} (٪)',
	'lifecycle.chart.xCustomers': 'مشتریان (مرحله در {before}، بخش‌شده بر پایهٔ مرحله در {date})',
	'lifecycle.chart.y': 'مرحله در {before}',
	'lifecycle.chart.colour': 'مرحله در {date}'
};
