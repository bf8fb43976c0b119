import type { Message } from '../../translate';
import type { tiersEn } from './en';

/** Persian texts of the value tiers panel and its Pareto chart. */
export const tiersFa: Record<keyof typeof tiersEn, Message> = {
	'tiers.name.high': 'ارزش بالا',
	'tiers.name.mid': 'ارزش میانه',
	'tiers.name.low': 'ارزش پایین',
	'tiers.title.high': 'مشتریان با ارزش بالا',
	'tiers.title.mid': 'مشتریان با ارزش میانه',
	'tiers.title.low': 'مشتریان با ارزش پایین',

	'tiers.rule.intro':
		'مشتریان بر پایهٔ کل خرید، از بیشترین، رتبه‌بندی می‌شوند و جایی برش می‌خورند که جمع انباشتهٔ درآمد از {high}٪ و {both}٪ می‌گذرد. مشتریانی که خرید برابر دارند همیشه در یک سطح‌اند.',
	'tiers.rule.high':
		'ارزش بالا: مشتریانی که {high}٪ نخست درآمد را می‌سازند. مشتری تا وقتی «بالا» است که همهٔ کسانی که بیشتر خریده‌اند کمتر از {high}٪ را بسازند؛ پس کسی که خریدش از خط {high}٪ می‌گذرد هم «بالا» است.',
	'tiers.rule.mid': 'ارزش میانه: {mid}٪ بعدی (تا {both}٪)، با همان شیوهٔ برش.',
	'tiers.rule.low': 'ارزش پایین: بقیه، که {rest}٪ پایانی را می‌سازند.',
	'tiers.rule.asOf': 'خرید، سفارش‌های پیش از',
	'tiers.rule.asOfEnd': '(تاریخ تحلیل) را می‌شمارد، بدون مرجوعی‌ها.',
	'tiers.vip.top':
		'{count} مشتری برتر از نظر خرید (همهٔ هم‌رتبه‌ها در جایگاه {count} هم به حساب می‌آیند)',
	'tiers.vip.min': 'مشتریانی که دست‌کم {money} خرید کرده‌اند',
	'tiers.empty': 'هیچ مشتری‌ای پیش از {date} خریدی نکرده است.',

	'tiers.settings.legend': 'تنظیمات سطح‌ها و VIP',
	'tiers.settings.highTitle': 'سهم درآمدی که سطح بالا می‌سازد، از پرخرج‌ترین مشتری به پایین',
	'tiers.settings.high': 'ارزش بالا: نخستین',
	'tiers.settings.highAfter': '٪ درآمد',
	'tiers.settings.midTitle': 'سهم درآمدی که سطح میانه پس از سطح بالا می‌سازد',
	'tiers.settings.mid': 'ارزش میانه: سپس',
	'tiers.settings.percent': '٪',
	'tiers.settings.vips': 'VIPها:',
	'tiers.settings.vipTop': 'N مشتری برتر از نظر خرید',
	'tiers.settings.vipMin': 'مشتریانی با خرید دست‌کم ({currency})',
	'tiers.settings.vipCount': 'تعداد VIPها',
	'tiers.settings.vipSpend': 'کمترین خرید VIP به {currency}',
	'tiers.problem.high': 'سطح بالا باید بین ۰ تا ۱۰۰٪ درآمد را بسازد.',
	'tiers.problem.mid': 'سطح میانه نمی‌تواند کمتر از ۰٪ بسازد.',
	'tiers.problem.sum': 'بالا و میانه روی هم نمی‌توانند بیش از ۱۰۰٪ درآمد را بسازند.',
	'tiers.problem.vip': 'قاعدهٔ VIP به عددی ≥ ۰ نیاز دارد.',
	'tiers.problem.whole': 'تعداد VIPها باید عددی صحیح باشد.',

	'tiers.table.scope': 'خریداران با سفارش پیش از {date}، بدون مرجوعی‌ها',
	'tiers.table.tier': 'سطح',
	'tiers.table.customers': 'مشتریان',
	'tiers.table.customersTitle': 'خریداران این سطح ({scope})',
	'tiers.table.customerShare': 'سهم از مشتریان',
	'tiers.table.customerShareTitle': 'مشتریان این سطح ÷ همهٔ خریداران',
	'tiers.table.revenue': 'درآمد',
	'tiers.table.revenueTitle': 'کل خرید مشتریان این سطح ({scope})',
	'tiers.table.revenueShare': 'سهم از درآمد',
	'tiers.table.revenueShareTitle': 'درآمد این سطح ÷ درآمد همهٔ خریداران',
	'tiers.table.spend': 'خرید هر مشتری',
	'tiers.table.spendTitle': 'کمترین و بیشترین کل خرید یک مشتری در این سطح',
	'tiers.table.listTitle': 'فهرست {count} مشتری این سطح',
	'tiers.table.all': 'همهٔ خریداران',

	'tiers.vip.label': 'VIPها:',
	'tiers.vip.customers': 'مشتری',
	'tiers.vip.shareTitle': 'کل خرید VIPها ÷ درآمد همهٔ خریداران',
	'tiers.vip.make':
		'آن‌ها {money} می‌سازند ({share} از درآمد)؛ کمترین خرید یک VIP {smallest} بوده است.',
	'tiers.vip.list': 'فهرست VIPها',
	'tiers.vip.listTitle': 'فهرست VIPها، به ترتیب بیشترین خرید',

	'tiers.members.title': '{tier} ({count})',
	'tiers.members.vipTitle': 'VIPها ({count}): {rule}',
	'tiers.members.loading': 'در حال بارگذاری…',
	'tiers.members.error': 'فهرست بارگذاری نشد',
	'tiers.members.close': 'بستن ✕',
	'tiers.members.closeLabel': 'بستن فهرست',
	'tiers.members.caption':
		'به ترتیب بیشترین خرید. `monetary`: کل خرید به {currency} در سفارش‌های پیش از {date}، بدون مرجوعی‌ها؛ `monetary_rank`: ۱ برای پرخرج‌ترین مشتری، خریدهای برابر رتبهٔ یکسان دارند؛ `pct_revenue_ahead`: درصد درآمدی که مشتریانِ پرخرج‌تر ساخته‌اند؛ `is_vip`: بر پایهٔ قاعدهٔ VIP بالا.',

	'tiers.pareto.title': 'منحنی پارتو: درآمد چقدر متمرکز است؟',
	'tiers.pareto.label': 'منحنی پارتوی درآمد بر حسب مشتری',
	'tiers.pareto.headline': '{top}٪ برتر مشتریان {share} از درآمد را می‌سازند',
	'tiers.pareto.caption':
		'مشتریان بر پایهٔ کل خرید (سفارش‌های پیش از {date}، بدون مرجوعی‌ها) از بیشترین مرتب شده‌اند؛ منحنی نشان می‌دهد x٪ برتر آن‌ها چه سهمی از کل درآمد را می‌سازند. قطر خط‌چین حالتی است که همهٔ مشتریان به یک اندازه خرید کنند؛ هرچه منحنی بیشتر بالای آن خم شود، درآمد بیشتر به چند مشتری وابسته است. نقطهٔ نارنجی {top}٪ برتر است — {topCustomers} مشتری پرخرج از {buyers} ({top}٪، گرد به بالا). دایره‌های توخالی پایان سطح‌های بالا و میانه را نشان می‌دهند.',
	'tiers.pareto.x': 'سهم از مشتریان، پرخرج‌ترین‌ها اول (٪)',
	'tiers.pareto.y': 'سهم انباشتهٔ درآمد (٪)',
	'tiers.pareto.equality': 'برابری: همهٔ مشتریان به یک اندازه خرید می‌کنند',
	'tiers.pareto.point': '{count} مشتری برتر ({customers}) {revenue} از درآمد را می‌سازند',
	'tiers.pareto.topPoint': '{headline} ({count} مشتری پرخرج)',
	'tiers.pareto.ends': 'پایان {tier}',
	'tiers.pareto.endsTitle':
		'سطح {tier} و بالاتر: {count} مشتری ({customers}) {revenue} از درآمد را می‌سازند',
	'tiers.pareto.topLabel': '{top}٪ → {share}'
};
