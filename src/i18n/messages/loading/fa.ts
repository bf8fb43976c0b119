import type { Message } from '../../translate';
import type { loadingEn } from './en';

/** Persian texts of opening a notebook and of the notices above the page. */
export const loadingFa: Record<keyof typeof loadingEn, Message> = {
	'loading.origin.file': 'فایل',
	'loading.origin.link': 'پیوند',
	'loading.empty': 'این {origin} دفترچه نیست: خالی است.',
	'loading.notJson': 'این {origin} دفترچه نیست: JSON معتبر نیست.',
	'loading.notJsonAt': 'این {origin} دفترچه نیست: JSON معتبر نیست (سطر {line}، ستون {at}).',
	'loading.notJsonCut':
		'این {origin} دفترچه نیست: JSON معتبر نیست (در سطر {line}، ستون {at} ناتمام می‌ماند؛ آیا بریده شده است؟).',
	'loading.notSegmentbook': 'این {origin} دفترچهٔ Segmentbook نیست: محتوایش {value} است.',
	'loading.noMarker':
		'این {origin} دفترچهٔ Segmentbook نیست: JSON است، اما نشانهٔ "format": "{marker}" را ندارد.',
	'loading.otherMarker':
		'این {origin} دفترچهٔ Segmentbook نیست: JSON است، اما به جای نشانهٔ "format": "{marker}" قالب {value} را دارد.',
	'loading.badVersion':
		'نسخهٔ قالب این {origin} دفترچه خوانا نیست: عددی صحیح از ۱ به بالا انتظار می‌رفت، {value} آمد.',
	'loading.newer':
		'این دفترچه با Segmentbook تازه‌تری ساخته شده است (قالب {version})؛ این نسخه قالب {current} را می‌خواند.',
	'loading.problems': 'این {origin} دفترچه {count} مشکل دارد: {listed}.',
	'loading.problemsMore': 'این {origin} دفترچه {count} مشکل دارد: {listed}؛ و {more} مورد دیگر.',
	'loading.cannotUpgrade':
		'این دفترچه قالب {version} را دارد که این Segmentbook نمی‌تواند به‌روزش کند (گامی از قالب {step} نیست).',
	'loading.upgradeFailed':
		'این دفترچه قالب {version} را دارد و از قالب {step} به‌روز نشد: {reason}',
	'loading.noFragment': 'این پیوند دفترچه‌ای در خود ندارد: نشانی‌اش بخش {prefix} را ندارد.',
	'loading.broken':
		'این پیوند اشتراک خراب است: بخشی از آن افتاده یا تغییر کرده است. پیوند را دوباره بخواهید و همهٔ آن را کپی کنید.',
	'loading.linkTooLarge':
		'این پیوند اشتراک پس از باز شدن بیش از {megabytes} مگابایت است؛ هیچ دفترچه‌ای این‌قدر بزرگ نیست.',
	'loading.idRenamed':
		'cells[{index}] شناسهٔ {value} از cells[{earlier}] را داشت؛ اکنون شناسه‌اش "{id}" است.',
	'loading.dataCellAdded': 'دفترچه سلول داده نداشت؛ یکی افزوده شد.',
	'loading.secondDataCell':
		'cells[{index}] دومین سلول داده بود؛ هر دفترچه یک سلول داده دارد، پس حذف شد.',
	'loading.unknownField': 'فیلد ناشناختهٔ {path} نادیده گرفته شد.',

	'notice.openFailed': '«{name}» باز نشد: {error}',
	'notice.openedWithWarnings': '«{name}» باز شد. {warnings}',
	'notice.forgotten': 'همهٔ آنچه این برنامه روی این دستگاه نگه داشته بود پاک شد.',
	'notice.sharedOpened': 'یک دفترچهٔ اشتراکی باز شد: روش آن، بدون هیچ داده‌ای.',
	'notice.sharedFailed': 'پیوند اشتراک باز نشد: {error}'
};
