import type { Message } from '../../translate';
import type { breakdownEn } from './en';

/** Persian texts of the breakdown panels. */
export const breakdownFa: Record<keyof typeof breakdownEn, Message> = {
	'breakdown.value.unknown': 'نامعلوم',
	'breakdown.value.other': 'سایر',

	'breakdown.settings.legend': 'تنظیمات تفکیک',
	'breakdown.settings.segments': 'بخش‌ها:',
	'breakdown.settings.by': 'به تفکیک:',
	'breakdown.settings.values': 'مقدارها:',
	'breakdown.settings.kindText': 'همان‌گونه که هستند (رایج‌ترین‌ها)',
	'breakdown.settings.kindAge': 'بازه‌های سنی (از سن)',
	'breakdown.settings.kindBirth': 'بازه‌های سنی (از تاریخ تولد)',
	'breakdown.settings.kindEdges': 'بازه‌ها میان مرزهای داده‌شده',
	'breakdown.settings.kindQuantiles': 'بازه‌های چندکی (شمار برابر)',
	'breakdown.settings.top': 'نمایش',
	'breakdown.settings.topAfter': 'مقدار رایج‌تر',
	'breakdown.settings.bands': 'بازه',
	'breakdown.settings.edges': 'مرزها',
	'breakdown.settings.labels': 'برچسب‌ها (اختیاری، با | میانشان)',
	'breakdown.settings.apply': 'اعمال',
	'breakdown.settings.suggested': 'بازه‌های پیشنهادی',
	'breakdown.settings.suggestedTitle': 'بازه‌های پیشنهادی برای این ستون را به کار ببر',
	'breakdown.settings.highlight': 'برجسته‌کردن شاخص ≥',
	'breakdown.settings.or': 'یا ≤',
	'breakdown.settings.where': 'جایی که دست‌کم',
	'breakdown.settings.expected': 'مشتری انتظار می‌رود',
	'breakdown.settings.overLabel': 'بیش‌نمایی از این شاخص به بالا',
	'breakdown.settings.underLabel': 'کم‌نمایی تا این شاخص',
	'breakdown.settings.minLabel': 'کمترین شمار مشتریان مورد انتظار',
	'breakdown.problem.top': 'دست‌کم ۱ مقدار نشان دهید.',
	'breakdown.problem.quantiles': 'بازه‌های چندکی: عددی صحیح از ۲ تا ۱۰۰.',
	'breakdown.problem.edges': 'مرزها: عددهایی به ترتیب صعودی، جداشده با ویرگول.',
	'breakdown.problem.labels': 'برچسب‌ها: {count} نام جداشده با |، یا هیچ.',
	'breakdown.problem.numbers': 'قاعدهٔ برجسته‌سازی سه عدد می‌خواهد.',
	'breakdown.problem.order': 'آستانهٔ کم‌نمایی باید زیر ۱۰۰ و آستانهٔ بیش‌نمایی بالای ۱۰۰ باشد.',
	'breakdown.problem.negative': 'شمار مشتریان مورد انتظار نمی‌تواند منفی باشد.',
	'breakdown.group.segments': 'بخش‌ها',
	'breakdown.group.otherText': 'دیگر ستون‌های متنی',
	'breakdown.group.who': 'کیستند، کجا زندگی می‌کنند',
	'breakdown.group.other': 'دیگر ستون‌ها',
	'breakdown.group.current': 'انتخاب کنونی',
	'breakdown.band.under': 'زیر {edge}',
	'breakdown.band.toUnder': '{from} تا زیر {to}',
	'breakdown.ageFrom': 'سن (از \u2068{column}\u2069)',

	'breakdown.bands.suggested': 'بازه‌های پیشنهادی: ',
	'breakdown.bands.chosen': 'بازه‌های برگزیده: ',
	'breakdown.bands.text':
		'مقدارها همان‌گونه که هستند: {top} مقدار رایج‌تر، بقیه به نام «{other}» و خالی‌ها به نام «{unknown}».',
	'breakdown.bands.age': 'بازه‌های سنی {bands}؛ بی‌سن: «{unknown}».',
	'breakdown.bands.birth':
		'سن به سال کامل در {date} (تاریخ مبنا) از روی تاریخ تولد، در بازه‌های {bands}؛ تاریخ نبود یا ناخوانا: «{unknown}».',
	'breakdown.bands.edges':
		'بازه‌های {bands} (هر بازه مرز پایینش را در بر دارد)؛ غیرعدد: «{unknown}».',
	'breakdown.bands.quantiles':
		'{count} بازه با شمار تقریباً برابر مشتری (برش روی مقدارهای واقعی، پس مقدارهای برابر در یک بازه می‌مانند و ممکن است بازه‌ها کمتر شوند)؛ غیرعدد: «{unknown}».',

	'breakdown.caption.lead':
		'همهٔ مشتریان شناخته در `customers` در {date} (تاریخ مبنا)، چه خریدار و چه بالقوه، روی‌هم {count} نفر، به تفکیک `{segmentColumn}` (بی‌مقدار: «{unknown}»؛ مشتریان بالقوه بخش RFM ندارند) و `{attribute}`.',
	'breakdown.caption.index':
		'سهم در بخش = مشتریان ÷ مشتریان آن بخش؛ سهم در پایه = همهٔ دارندگان آن مقدار ÷ همهٔ مشتریان شناخته؛ شاخص = سهم در بخش ÷ سهم در پایه × ۱۰۰ (بالای ۱۰۰ یعنی در آن بخش رایج‌تر از پایه). درآمد: خرج به \u2068{currency}\u2069 در سفارش‌های پیش از {date}، بی‌احتساب مرجوعی‌ها.',
	'breakdown.none': 'مشتری‌ای برای تفکیک نیست.',
	'breakdown.heading': 'شاخص نسبت به پایه: \u2068{segmentColumn}\u2069 × \u2068{attribute}\u2069',
	'breakdown.colourCaption':
		'رنگ: شاخص روی مقیاس لگاریتمی، آبی بالای ۱۰۰ و قرمز زیر آن، محدود به ۲۵ و ۴۰۰؛ هر مربع شاخص و سهم در بخش را نشان می‌دهد؛ برای شمارها نشانگر را رویش ببرید. {rule}؛ در جدول ▲ و ▼. روی یک مربع (یا یک شمار در جدول) بزنید تا مشتریانش فهرست شوند.',
	'breakdown.rule':
		'با کادر: شاخص ≥ {over} (بیش‌نمایی) یا ≤ {under} (کم‌نمایی)، جایی که اگر بخش مانند پایه بود دست‌کم {min} مشتری انتظار می‌رفت (اندازهٔ بخش × سهم در پایه)',
	'breakdown.members.empty': 'در این مربع مشتری‌ای نیست.',
	'breakdown.members.caption':
		'مشتریانِ `customers` با \u2068{segmentColumn}\u2069 «{segment}» و \u2068{attribute}\u2069 «{value}»، با \u2068{column}\u2069 خودشان، سفارش‌های متمایز و خرج به \u2068{currency}\u2069 پیش از {date} (بی‌احتساب مرجوعی‌ها)؛ بیشترین خرج نخست.',
	'breakdown.barsCaption': 'نوارها: سهم در بخش؛ خط تیره سهم در کل پایه را نشان می‌دهد.',

	'breakdown.table.segment': 'بخش',
	'breakdown.table.value': 'مقدار',
	'breakdown.table.customers': 'مشتریان',
	'breakdown.table.customersTitle': 'مشتریان بخش با این مقدار',
	'breakdown.table.inSegment': 'سهم در بخش',
	'breakdown.table.inSegmentTitle': 'مشتریان ÷ مشتریان بخش',
	'breakdown.table.inBase': 'سهم در پایه',
	'breakdown.table.inBaseTitle': 'همهٔ دارندگان این مقدار ÷ همهٔ مشتریان شناخته',
	'breakdown.table.revenue': 'درآمد',
	'breakdown.table.revenueTitle': 'خرج آن‌ها در سفارش‌های پیش از {date}، بی‌احتساب مرجوعی‌ها',
	'breakdown.table.index': 'شاخص',
	'breakdown.table.indexTitle': 'سهم در بخش ÷ سهم در پایه × ۱۰۰',
	'breakdown.table.list': { other: 'فهرست این {count} مشتری' },

	'breakdown.chart.label':
		'شاخص \u2068{attribute}\u2069 نسبت به پایه در هر \u2068{segmentColumn}\u2069',
	'breakdown.chart.legend': 'شاخص نسبت به پایه (۱۰۰ = همان سهمِ کل پایه)',
	'breakdown.chart.segment': 'بخش \u2068{segment}\u2069 × \u2068{value}\u2069',
	'breakdown.chart.ofSegment': '{count} از {total} مشتری بخش ({share})',
	'breakdown.chart.base': 'کل پایه: {count} مشتری ({share})',
	'breakdown.chart.index': 'شاخص {index} = {inSegment} ÷ {inBase} × ۱۰۰',
	'breakdown.chart.revenue': 'درآمد پیش از {date}: {revenue}',
	'breakdown.chart.over': 'بیش‌نمایی',
	'breakdown.chart.under': 'کم‌نمایی',

	'breakdown.map.heading': 'کجا زندگی می‌کنند: \u2068{attribute}\u2069 روی نقشهٔ جهان',
	'breakdown.map.colourBy': 'رنگ بر پایهٔ',
	'breakdown.map.everyone': 'همهٔ مشتریان: سهم از پایه',
	'breakdown.map.segment': '\u2068{segmentColumn}\u2069 «{segment}»: شاخص نسبت به پایه',
	'breakdown.map.error': 'نقشه را نتوانستیم بکشیم: {error}',
	'breakdown.map.loading': 'در حال بارکردن نقشه…',
	'breakdown.map.label': '{colour} بر پایهٔ \u2068{attribute}\u2069',
	'breakdown.map.shareLegend': 'سهم از همهٔ مشتریان شناخته',
	'breakdown.map.captionBase': 'رنگ: سهم هر کشور از همهٔ مشتریان شناخته در {date} ({count}).',
	'breakdown.map.captionSegment':
		'رنگ: شاخص «{segment}» ({count} مشتری) در هر کشور = سهم کشور از بخش ÷ سهم کشور از همهٔ مشتریان شناخته × ۱۰۰، روی مقیاس لگاریتمی مانند نقشهٔ حرارتی (آبی بالای ۱۰۰، قرمز زیر آن، محدود به ۲۵ و ۴۰۰).',
	'breakdown.map.captionHow':
		'هر شکلی که داده یک کشور را می‌نویسد (نام، نام دیگر، کد ISO) همان کشور شمرده می‌شود؛ برای دیدن شمارهای هر کشور نشانگر را رویش ببرید. خاکستری و بی‌مرز: بی‌مشتری. نقشه روی کشورهای دارای مشتری بزرگ شده است. شکل‌ها: Natural Earth با مقیاس ۱:۱۱۰ میلیون، بخشی از خود برنامه.',
	'breakdown.map.notOnMap': {
		other: 'روی نقشه نیست (شناخته نشد یا در این مقیاس بسیار کوچک است): {values}؛ {count} مشتری.'
	},
	'breakdown.map.noCountry': { other: 'بی \u2068{attribute}\u2069: {count} مشتری.' },
	'breakdown.map.quoted': '«{value}» ({count})',
	'breakdown.map.listSeparator': '، ',
	'breakdown.map.written': '{name} (نوشته‌شده به صورت {spellings})',
	'breakdown.map.wholeBase': 'کل پایه: {base}',
	'breakdown.map.ofBase': '{count} از {total} مشتری شناخته ({share})',

	// Every chart's table view (PlotFigure), kept here for want of a shared chart module
	'figure.showTable': 'نمایش به صورت جدول',
	'figure.hideTable': 'پنهان‌کردن جدول'
};
