import type { Message } from '../../translate';
import type { sourcesEn } from './en';

/** Persian texts of why a file could not be read, and of the reading steps. */
export const sourcesFa: Record<keyof typeof sourcesEn, Message> = {
	'sourceError.unknownKind':
		'این نوع فایل خوانده نمی‌شود: از CSV، TSV، TXT، اکسل (.xlsx، .xls)، JSON یا Parquet استفاده کنید',
	'sourceError.empty': 'فایل خالی است (۰ بایت)',
	'sourceError.noSheetRows': 'هیچ برگه‌ای از این کارپوشه ردیفی ندارد',
	'sourceError.blank': 'متنی در آن نیست، فقط سطرهای خالی: نه سطر عنوانی دارد و نه داده‌ای.',
	'sourceError.noSplit':
		'هیچ شیوه‌ای برای جدا کردن سطرهایش به ستون‌ها جور درنمی‌آید (ویرگول، نقطه‌ویرگول، تب و خط عمودی امتحان شد): شاید جدول نباشد.',
	'sourceError.headerOnly': 'سطر ۱ سطر عنوان است ({names}) و پس از آن سطر داده‌ای نیامده است.',
	'sourceError.binary':
		'این یک جدول متنی نیست: دادهٔ دودویی دارد (سطر {line}، بایت {byte} متن نیست). چیزی از آن بارگذاری نشد.',
	'sourceError.looksLike':
		'این یک جدول متنی نیست: به نظر {what} است (سطر {line}، بایت {byte} متن نیست). چیزی از آن بارگذاری نشد.',
	'sourceError.tooLarge':
		'حجم فایل {size} است، بیش از آنچه این مرورگر می‌تواند در حافظه نگه دارد (برای این نوع فایل حدود {max}). بخش نخست آن را با همان نام بارگذاری کنید تا تحلیل را آماده کنید، سپس «خروجی SQL» در بالا: ابزار خط فرمان DuckDB همان تحلیل را روی کل فایل اجرا می‌کند.',
	'sourceError.tooLargeNotCsv':
		'حجم فایل {size} است، بیش از آنچه این مرورگر می‌تواند در حافظه نگه دارد (برای این نوع فایل حدود {max}؛ CSV بیشتر جا دارد: DuckDB آن را مستقیم از دیسک می‌خواند). بخش نخست آن را با همان نام بارگذاری کنید تا تحلیل را آماده کنید، سپس «خروجی SQL» در بالا: ابزار خط فرمان DuckDB همان تحلیل را روی کل فایل اجرا می‌کند.',
	'sourceError.noRecords': 'هیچ رکوردی ندارد',
	'sourceError.notJson': 'نه آرایه‌ای JSON از رکوردهاست و نه JSON سطربه‌سطر',
	'sourceError.badJsonLine': 'سطر {line} JSON معتبر نیست ({error})',
	'sourceError.noRows': 'هیچ ردیفی ندارد',
	'looksLike.zip': 'یک بایگانی ZIP (کارپوشهٔ .xlsx از این نوع است: پسوند .xlsx را به آن بدهید)',
	'looksLike.xls': 'یک کارپوشهٔ قدیمی اکسل (.xls: پسوند .xls را به آن بدهید)',
	'looksLike.pdf': 'یک سند PDF',
	'looksLike.png': 'یک تصویر PNG',
	'looksLike.jpeg': 'یک تصویر JPEG',
	'looksLike.gzip': 'یک فایل فشرده با gzip',
	'looksLike.parquet': 'یک فایل Parquet (پسوند .parquet را به آن بدهید)',
	'progress.reading': 'در حال خواندن {name}',
	'progress.cleaning': 'در حال پاک‌سازی {name}'
};
