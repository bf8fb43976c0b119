import type { Message } from '../../translate';
import type { errorsEn } from './en';

/** Persian texts of cell errors, engine failures and the notebook's runs. */
export const errorsFa: Record<keyof typeof errorsEn, Message> = {
	'error.notRunUpstream':
		'اجرا نشد: سلولی که این سلول از آن می‌خواند ناموفق بود (بالاتر را ببینید).',
	'error.cancelledBeforeRun': 'پیش از اجرا لغو شد.',
	'error.cancelled': 'لغو شد.',
	'error.noOrders': 'هنوز سفارشی بارگذاری نشده است: یک فایل تراکنش رها کنید.',

	'error.sqlEmpty': 'سلول خالی است: یک پرس‌وجو بنویسید.',
	'error.fewCustomers': 'مشتریان برای خوشه‌بندی بسیار کم‌اند: {count} (دست‌کم ۳ لازم است).',
	'error.fewBuyers': 'خریداران برای خوشه‌بندی بسیار کم‌اند: {count} (دست‌کم ۳ لازم است).',
	'error.noFeatures': 'ویژگی‌ای انتخاب نشده است: دست‌کم یک ستون را برای خوشه‌بندی علامت بزنید.',
	'error.nothingToPredict': 'پیش از {date} خریدی نیست: چیزی برای پیش‌بینی وجود ندارد.',
	'error.oneDate':
		'همهٔ خریدها در یک تاریخ‌اند ({date}): مدل‌ها برای اینکه بفهمند مشتریان هر چند وقت برمی‌گردند، به خریدهایی پراکنده در طول زمان نیاز دارند.',
	'error.cannotFit': 'مدل برازش نشد: {error}',
	'error.noPurchases': 'پیش از {date} خریدی نیست.',
	'error.spanTooShort':
		'بازهٔ خریدها ({first} تا {last}) کوتاه‌تر از آن است که بخشی از آن برای آزمون کنار گذاشته شود.',
	'error.calibrationEnd':
		'پایان دورهٔ برازش، {end}، باید میان نخستین روز خرید ({first}) و روز پیش از آخرین روز داده‌ها ({last}) باشد.',
	'error.invalid.timeUnit': 'واحد زمان نامعتبر است: {value} (روز یا هفته).',
	'error.invalid.calibrationEnd':
		'پایان دورهٔ برازش نامعتبر است: {value} (تاریخی به شکل yyyy-mm-dd).',
	'error.invalid.horizon': 'افق پیش‌بینی نامعتبر است: {value} (روز کامل از ۱ تا ۳۶۵۰).',
	'error.invalid.clvMonths': 'افق CLV نامعتبر است: {value} (ماه کامل از ۱ تا ۱۲۰).',
	'error.invalid.discount': 'نرخ تنزیل ماهانه نامعتبر است: {value} (از ۰ تا کمتر از ۱۰۰٪).',
	'error.invalid.churn':
		'آستانه‌های ریزش نامعتبرند: {value} و {other} (باید ۰ < بالا < پایین < ۱ باشد).',
	'error.noLensColumn': 'نمای customers ستون «{column}» را ندارد: دیدگاه دیگری انتخاب کنید.',
	'error.noSegmentColumn': 'نمای customers ستون «{column}» را ندارد (ستون بخش).',
	'error.noAttributeColumn': 'نمای customers ستون «{column}» را ندارد (ویژگی).',

	'engine.stopped': 'موتور DuckDB از کار افتاد ({reason}).',
	'engine.outOfMemory':
		'حافظهٔ DuckDB برای اجرای این کار کم آمد. بازهٔ کوچک‌تری تا تاریخ تحلیل یا ستون‌ها و ردیف‌های کمتری را امتحان کنید، یا خروجی SQL دفترچه را در DuckDB روی رایانه‌ای با حافظهٔ بیشتر اجرا کنید. پیام DuckDB: {duckdb}',
	'engine.lostWhileRunning':
		'موتور DuckDB هنگام اجرای این سلول از کار افتاد ({reason}). دوباره راه‌اندازی شد و داده‌ها دوباره خوانده می‌شوند؛ سلول‌های دیگر خودشان دوباره اجرا می‌شوند — هر وقت آماده بودید این یکی را دوباره اجرا کنید.',
	'engine.queryCancelled': 'پرس‌وجو لغو شد.',
	'engine.workerStopped':
		'worker تحلیل از کار افتاد ({reason}). سلول را دوباره اجرا کنید: یک worker تازه راه می‌اندازد.',
	'engine.unexpectedReply': 'پاسخ نامنتظره از worker تحلیل'
};
