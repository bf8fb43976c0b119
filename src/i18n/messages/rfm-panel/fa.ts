import type { Message } from '../../translate';
import type { rfmPanelEn } from './en';

// Latin formulas and column names inside Persian sentences sit between isolates (U+2068 … U+2069)
// so the right-to-left text around them keeps its order.

/** Persian texts of the RFM panel (scoring, grid, segment table). */
export const rfmPanelFa: Record<keyof typeof rfmPanelEn, Message> = {
	'rfmPanel.asOf': 'تا تاریخ',
	'rfmPanel.buyersNote': 'خریدار (مشتریانی که پیش از آن روز دست‌کم یک سفارش داشته‌اند)',
	'rfmPanel.scoredBy.thresholds': 'امتیازدهی با آستانه‌های شما',
	'rfmPanel.scoredBy.quintiles': 'امتیازدهی با پنجک‌ها',
	'rfmPanel.scoring': 'در حال امتیازدهی به خریداران…',
	'rfmPanel.measures':
		'تازگی = تعداد روزهای کامل از آخرین سفارش مشتری تا تاریخ تحلیل ({date})؛ تکرار = تعداد سفارش‌های متمایز؛ ارزش پولی = کل مبلغ خرید. فقط سفارش‌های پیش از تاریخ تحلیل شمرده می‌شوند، سطرهای مرجوعی نه.',
	'rfmPanel.rule.thresholds':
		'امتیاز از ۱ (بدترین) تا ۵ (بهترین) بر پایهٔ آستانه‌های شما. تازگی: ۵ اگر آخرین سفارش حداکثر {r1} روز پیش بوده، ۴ تا {r2}، ۳ تا {r3}، ۲ تا {r4}، وگرنه ۱. تکرار: {frequency}، وگرنه ۱. ارزش پولی: {monetary}، وگرنه ۱.',
	'rfmPanel.rule.cut': '{score} از {value}',
	'rfmPanel.rule.orders': '{count} سفارش',
	'rfmPanel.rule.list': '، ',
	'rfmPanel.rule.quintiles':
		'امتیاز از ۱ (بدترین) تا ۵ (بهترین) بر پایهٔ پنجک‌ها: هر خریدار با همهٔ خریداران مقایسه می‌شود و امتیازش \u2068۱ + ⌊۵ × سهم خریدارانی با مقدار بدتر⌋\u2069 است (روزهای بیشتر از آخرین سفارش؛ سفارش کمتر؛ خرید کمتر). مشتریانی که مقدار برابر دارند همیشه امتیاز یکسان می‌گیرند: کل گروهِ هم‌مقدار امتیاز جایی را می‌گیرد که از آن شروع می‌شود، پس گروه‌ها هرگز بر اساس ترتیب سطرها شکسته نمی‌شوند. وقتی مشتریان زیادی هم‌مقدارند، ممکن است امتیازی جا بیفتد: اگر نیمی از خریداران فقط یک بار سفارش داده باشند، همه \u2068F = ۱\u2069 می‌گیرند و هیچ‌کس \u2068F = ۲\u2069 نمی‌گیرد.',
	'rfmPanel.skipped': 'اینجا هیچ خریداری {list} ندارد (از {count} خریدار): {why}.',
	'rfmPanel.skipped.quintiles':
		'بسیاری از خریداران مقدار یکسانی دارند (مثلاً دقیقاً یک سفارش) و گروه‌های هم‌مقدار هرگز شکسته نمی‌شوند، پس کل آن گروه امتیاز پایین‌تر را نگه می‌دارد',
	'rfmPanel.skipped.thresholds': 'هیچ خریداری میان آن نقطه‌های برش قرار نمی‌گیرد',

	'rfmPanel.members.measures':
		'\u2068recency_days\u2069 = روزها از آخرین سفارش، \u2068frequency\u2069 = سفارش‌های متمایز، \u2068monetary\u2069 = کل خرید ({currency})، \u2068avg_order_value\u2069 = \u2068monetary ÷ frequency\u2069، \u2068fm_score = ⌊(F + M) ÷ 2⌋\u2069.',
	'rfmPanel.members.cellCaption':
		'خریدارانی با امتیاز تازگی {r} و امتیاز تکرار {f} در {date}، به ترتیب بیشترین کل خرید. {measures}',
	'rfmPanel.members.segmentCaption':
		'{description} خریداران این بخش در {date}، به ترتیب بیشترین کل خرید. {measures}',
	'rfmPanel.members.empty': 'اینجا مشتری‌ای نیست.',

	'rfmPanel.controls.legend': 'امتیازها',
	'rfmPanel.controls.quintiles': 'پنجک‌ها (پیش‌فرض)',
	'rfmPanel.controls.thresholds': 'آستانه‌های خودم',
	'rfmPanel.controls.suggesting':
		'در حال خواندن خریداران برای پیشنهاد نقطه‌های برش نزدیک به پنجک‌ها…',
	'rfmPanel.controls.suggestFailed': 'نقطه‌های برش پیشنهاد نشدند: {error}',
	'rfmPanel.controls.caption': 'چهار نقطهٔ برش برای هر بُعد، هر کدام بزرگ‌تر از قبلی.',
	'rfmPanel.controls.suggested':
		'از پنجک‌های همین داده‌ها پیشنهاد شده‌اند؛ ویرایششان کنید، سپس اعمال کنید.',
	'rfmPanel.controls.recency': 'تازگی',
	'rfmPanel.controls.frequency': 'تکرار',
	'rfmPanel.controls.monetary': 'ارزش پولی',
	'rfmPanel.controls.recencyUnit': 'روز از آخرین سفارش',
	'rfmPanel.controls.frequencyUnit': 'سفارش‌های متمایز',
	'rfmPanel.controls.monetaryUnit': 'کل خرید، {currency}',
	'rfmPanel.controls.atMost': '{score} اگر ≤',
	'rfmPanel.controls.atLeast': '{score} اگر ≥',
	'rfmPanel.controls.cutAria': 'امتیاز {dimension}: {rule} …',
	'rfmPanel.controls.else': 'وگرنه ۱',
	'rfmPanel.controls.apply': 'اعمال آستانه‌ها',
	'rfmPanel.controls.undo': 'برگرداندن تغییرات',
	'rfmPanel.cuts.four': 'چهار عدد وارد کنید.',
	'rfmPanel.cuts.increasing': 'هر نقطهٔ برش باید از قبلی بزرگ‌تر باشد.',
	'rfmPanel.cuts.negative': 'نقطه‌های برش نمی‌توانند منفی باشند.',

	'rfmPanel.grid.title': 'جدول تازگی × تکرار',
	'rfmPanel.grid.label': 'نقشهٔ حرارتی مشتریان بر پایهٔ امتیاز تازگی و امتیاز تکرار',
	'rfmPanel.grid.caption':
		'هر خانه خریدارانی را می‌شمارد که در {date} آن امتیاز تازگی (سطر) و امتیاز تکرار (ستون) را دارند؛ خط دوم میانگین ارزش پولی آن‌هاست (کل خرید هر مشتری، {currency}). رنگ = تعداد مشتریان. جمع ۲۵ خانه برابر است با همهٔ',
	'rfmPanel.grid.captionEnd': 'خریدار. روی یک خانه کلیک کنید تا مشتریانش فهرست شوند.',
	'rfmPanel.grid.x': 'امتیاز تکرار F (سفارش‌های متمایز، ۱ = کمترین، ۵ = بیشترین) →',
	'rfmPanel.grid.y': '↑ امتیاز تازگی R (۵ = تازه‌ترین سفارش)',
	'rfmPanel.grid.legend': 'مشتریان در خانه',
	'rfmPanel.grid.avg': 'میانگین {money}',
	'rfmPanel.grid.aria':
		'\u2068R {r} × F {f}\u2069: {customers} مشتری، میانگین ارزش پولی {money}. فهرستشان کنید.',
	'rfmPanel.grid.tipScores': 'امتیاز تازگی {r} × امتیاز تکرار {f}',
	'rfmPanel.grid.tipCustomers': '{customers} مشتری ({share} از خریداران)',
	'rfmPanel.grid.tipMoney': 'میانگین ارزش پولی (کل خرید هر مشتری): {money}',
	'rfmPanel.grid.tipClick': 'برای فهرست این مشتریان کلیک کنید',

	'rfmPanel.segments.title': 'بخش‌های نام‌دار',
	'rfmPanel.segments.caption':
		'هر خریدار دقیقاً در یک بخش قرار می‌گیرد که از نقشهٔ رایج \u2068R × F\u2069 خوانده می‌شود، با \u2068FM\u2069 به جای \u2068F\u2069: \u2068FM = ⌊(F + M) ÷ 2⌋\u2069 (میانگین امتیازهای تکرار و ارزش پولی، گرد به پایین)؛ \u2068R 1 × FM 1\u2069 جدا شده و «ازدست‌رفته» نام دارد. روی یک بخش کلیک کنید تا مشتریانش فهرست شوند.',
	'rfmPanel.segments.before': 'سفارش‌های پیش از {date}',
	'rfmPanel.segments.segment': 'بخش',
	'rfmPanel.segments.customers': 'مشتریان',
	'rfmPanel.segments.customersTitle': 'خریداران این بخش، {before}',
	'rfmPanel.segments.customerShare': 'سهم از مشتریان',
	'rfmPanel.segments.customerShareTitle':
		'مشتریان این بخش ÷ همهٔ {buyers} خریدار، {before}. نوار نسبت به بزرگ‌ترین بخش کشیده می‌شود.',
	'rfmPanel.segments.revenueShare': 'سهم از درآمد',
	'rfmPanel.segments.revenueShareTitle':
		'کل خرید این بخش ÷ کل خرید همهٔ خریداران، {before} (بدون مرجوعی‌ها)',
	'rfmPanel.segments.recency': 'میانگین تازگی',
	'rfmPanel.segments.recencyTitle': 'میانگین روزهای کامل از آخرین سفارش هر مشتری تا {date}',
	'rfmPanel.segments.frequency': 'میانگین تکرار',
	'rfmPanel.segments.frequencyTitle': 'میانگین تعداد سفارش‌های متمایز، {before}',
	'rfmPanel.segments.monetary': 'میانگین ارزش پولی',
	'rfmPanel.segments.monetaryTitle': 'میانگین کل خرید هر مشتری، {before}، به {currency}',
	'rfmPanel.segments.action': 'اقدام پیشنهادی',
	'rfmPanel.segments.listTitle': 'فهرست {count} مشتری بخش «{segment}»',
	'rfmPanel.segments.days': '{days} روز',
	'rfmPanel.segments.all': 'همهٔ خریداران'
};
