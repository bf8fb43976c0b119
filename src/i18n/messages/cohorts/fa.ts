import type { Message } from '../../translate';
import type { cohortsEn } from './en';

/** Persian texts of the cohort retention cell. */
export const cohortsFa: Record<keyof typeof cohortsEn, Message> = {
	'cohorts.unit.month': 'ماه',
	'cohorts.unit.week': 'هفته',
	'cohorts.units.month': 'ماه‌ها',
	'cohorts.units.week': 'هفته‌ها',
	'cohorts.count.month': 'ماه',
	'cohorts.count.week': 'هفته',
	'cohorts.grouping.month': 'ماه',
	'cohorts.grouping.week': 'هفتهٔ ISO (دوشنبه تا یکشنبه)',
	'cohorts.method.grouping':
		'مشتریان بر پایهٔ {grouping} نخستین سفارششان گروه‌بندی می‌شوند: این گروه، هم‌گروهِ آن‌هاست.',
	'cohorts.method.retention':
		'هر خانه سهم مشتریانی از هم‌گروه است که در {unit} شمارهٔ k پس از آن سفارش داده‌اند: مشتریان هم‌گروه با سفارشی در آن {unit} ÷ همهٔ مشتریان هم‌گروه. {Unit} ۰ همان {unit} نخستین سفارش است، پس همیشه {full} است.',
	'cohorts.method.revenue':
		'هر خانه درآمد هم‌گروه در {unit} شمارهٔ k پس از آن است (جمع سطرهای سفارش آن، به {currency})؛ {unit} ۰ همان {unit} نخستین سفارش است.',
	'cohorts.method.scope':
		'از {units}، فقط آن‌هایی نشان داده می‌شوند که پیش از تاریخ مبنا آغاز شده‌اند؛ سطرهای مرجوعی و سفارش‌های همان روز و پس از آن کنار گذاشته می‌شوند.',
	'cohorts.asOf': 'تا تاریخ',
	'cohorts.summaryLead': '؛ ',
	'cohorts.summary': '{count} هم‌گروه، {customers} مشتری با سفارشی پیش از آن روز',
	'cohorts.empty': 'پیش از {date} سفارشی نیست: هم‌گروهی برای نمایش وجود ندارد.',
	'cohorts.chartLabel.retention': 'ماندگاری هم‌گروه‌ها بر پایهٔ {unit} نخستین سفارش',
	'cohorts.chartLabel.revenue': 'درآمد هم‌گروه‌ها بر پایهٔ {unit} نخستین سفارش',
	'cohorts.caption.retention':
		'ماندگاری هم‌گروه‌ها به تفکیک {unit}: هر سطر یک هم‌گروه است، قدیمی‌ترین در بالا، با شمار مشتریانش در کنار؛ ستون k سهمی از هم‌گروه است که در {unit} شمارهٔ k پس از {unit} نخستین سفارش، سفارش داده‌اند. {Unit} ۰ خاکستری است (طبق تعریف {full}) تا رنگ‌ها میان {units} بعدی پخش شوند.',
	'cohorts.caption.revenue':
		'درآمد هم‌گروه‌ها به تفکیک {unit}: هر سطر یک هم‌گروه است، قدیمی‌ترین در بالا، با شمار مشتریانش در کنار؛ ستون k مبلغی است که هم‌گروه در {unit} شمارهٔ k پس از {unit} نخستین سفارش خرج کرده است، به {currency}.',
	'cohorts.caption.partial':
		'حاشیهٔ خط‌چین: آن {unit} در {date} هنوز تمام نشده بود، پس رقمش هنوز می‌تواند بالا برود.',
	'cohorts.caption.early':
		'مشتریانی که پیش از آغاز داده‌ها هم خرید کرده بودند در نخستین هم‌گروه‌ها شمرده می‌شوند و ممکن است آن‌ها را وفادارتر نشان دهند.',
	'cohorts.caption.labelSecond':
		'برای خوانا ماندن برچسب‌ها، فقط یکی در میان هم‌گروه‌ها (با اندازه‌اش) برچسب خورده است.',
	'cohorts.caption.labelStep':
		'برای خوانا ماندن برچسب‌ها، از هر {step} هم‌گروه فقط یکی (با اندازه‌اش) برچسب خورده است.',
	'cohorts.caption.hover':
		'نشانگر را روی هر خانه ببرید تا شمارها و درآمدش را ببینید؛ جدول زیر همهٔ خانه‌ها را فهرست می‌کند.',

	'cohorts.control.by': 'هم‌گروه بر پایهٔ',
	'cohorts.control.byMonth': 'ماه نخستین سفارش',
	'cohorts.control.byWeek': 'هفتهٔ ISO نخستین سفارش',
	'cohorts.control.show': 'نمایش',
	'cohorts.control.after': '{units} پس از نخستین',
	'cohorts.control.colourBy': 'رنگ بر پایهٔ',
	'cohorts.control.retention': 'سهم سفارش دوباره',
	'cohorts.control.revenue': 'درآمد',

	'cohorts.curve.heading': 'منحنی میانگین ماندگاری',
	'cohorts.curve.label': 'میانگین ماندگاری بر پایهٔ {unit} پس از نخستین سفارش',
	'cohorts.curve.caption':
		'برای هر {unit} k پس از نخستین سفارش: مشتریانِ همهٔ هم‌گروه‌ها که در {unit} k سفارش داده‌اند ÷ مشتریان همان هم‌گروه‌ها؛ یعنی میانگین سهم هم‌گروه‌ها، وزن‌دار به اندازهٔ هم‌گروه. آن {Units} که در {date} هنوز تمام نشده بودند کنار گذاشته شده‌اند؛ {unit} ۰ (طبق تعریف {full}) رسم نمی‌شود.',
	'cohorts.curve.none':
		'تا {date} هنوز هیچ {unit} پس از نخستین به پایان نرسیده است، پس منحنی‌ای برای رسم نیست.',
	'cohorts.curve.pointAfter': '{offset} {period} پس از نخستین سفارش: {share}',
	'cohorts.curve.pointOrdered': '{active} از {customers} مشتری سفارش دادند',
	'cohorts.curve.pointCohorts': '({count} هم‌گروه تا این مدت دیده شده)',
	'cohorts.axis.after': '→ {Units} پس از نخستین سفارش',
	'cohorts.axis.ordered': '↑ سفارش در آن دوره (٪ هم‌گروه)',
	'cohorts.axis.cohort.month': 'هم‌گروه (ماه نخستین سفارش)',
	'cohorts.axis.cohort.week': 'هم‌گروه (هفتهٔ ISO نخستین سفارش)',
	'cohorts.axis.customers': 'مشتریان',
	'cohorts.legend.retention': 'سفارش در آن {unit} (٪ هم‌گروه؛ {unit} ۰ خاکستری = {full})',
	'cohorts.legend.revenue': 'درآمد در آن {unit} ({currency})',
	'cohorts.weekOf': 'هفتهٔ {day}',
	'cohorts.cell.cohort': 'هم‌گروه {cohort}: {size} مشتری، نخستین سفارش در آن {unit}',
	'cohorts.cell.first': '{Unit} ۰: {unit} نخستین سفارش ({when})',
	'cohorts.cell.after': '{offset} {period} پس از آن ({when})',
	'cohorts.cell.ordered': 'سفارش در آن: {active} از {size} ({share})',
	'cohorts.cell.revenue': 'درآمد: {revenue}',
	'cohorts.cell.partial': 'در تاریخ مبنا هنوز تمام نشده: ممکن است بیشتر شود',

	'cohorts.table.summary': 'مثلث به صورت جدول',
	'cohorts.table.caption.retention':
		'سهم هر هم‌گروه که در هر {unit} پس از نخستین سفارش داده است؛ * = {unit} هنوز تمام‌نشده در تاریخ مبنا.',
	'cohorts.table.caption.revenue':
		'درآمد هر هم‌گروه در هر {unit} پس از نخستین ({currency})؛ * = {unit} هنوز تمام‌نشده در تاریخ مبنا.',
	'cohorts.table.cohort': 'هم‌گروه',
	'cohorts.table.customers': 'مشتریان',
	'cohorts.table.activeOf': '{active} از {size}'
};
