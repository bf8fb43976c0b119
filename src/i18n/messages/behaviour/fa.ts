import type { Message } from '../../translate';
import type { behaviourEn } from './en';

/** Persian texts of the behaviour panels. */
export const behaviourFa: Record<keyof typeof behaviourEn, Message> = {
	'behaviour.feature.complainer': 'شاکیان',
	'behaviour.feature.returner': 'مرجوع‌کنندگان',
	'behaviour.feature.discount_seeker': 'تخفیف‌جویان',
	'behaviour.feature.impulse_buyer': 'خریداران آنی',
	'behaviour.feature.full_price_buyer': 'خریداران با قیمت کامل',
	'behaviour.feature.other': 'دیگر خریداران',
	'behaviour.feature.journey_stage': 'مرحلهٔ سفر مشتری',
	'behaviour.feature.site_visitor': 'بازدیدکنندگان سایت',
	'behaviour.feature.email_responder': 'پاسخ‌دهندگان ایمیل',
	'behaviour.feature.social_engager': 'فعالان شبکه‌های اجتماعی',
	'behaviour.feature.preferred_channel': 'کانال ترجیحی',
	'behaviour.feature.visited': 'بازدیدکرده',
	'behaviour.feature.evaluating': 'در حال سنجش',
	'behaviour.feature.deciding': 'در حال تصمیم',
	'behaviour.feature.purchased': 'خریده',
	'behaviour.feature.post_purchase': 'پس از خرید',
	'behaviour.dim.behaviour_group': 'گروه رفتاری',
	'behaviour.dim.journey_stage': 'مرحلهٔ سفر مشتری',
	'behaviour.dim.flag': 'رفتار آنلاین و نشانه‌ها',
	'behaviour.dim.preferred_channel': 'کانال ترجیحی',
	'behaviour.base.behaviour_group':
		'هر خریدار در نخستین گروهی است که به او می‌خورد، به ترتیب فهرست؛ سهم‌ها از خریداران است.',
	'behaviour.base.journey_stage':
		'دورترین گام در بازهٔ رویدادها از آخرین خرید؛ سهم‌ها از مشتریانِ دارای مرحله است.',
	'behaviour.base.flag':
		'یک مشتری ممکن است چند نشانه داشته باشد؛ سهم‌ها از همهٔ شناخته‌ها است (مشتریان و مشتریان بالقوه).',
	'behaviour.base.preferred_channel':
		'کانال بیشتر سفارش‌ها (در تساوی: آخرین سفارش)؛ سهم‌ها از خریدارانِ دارای کانال است.',
	'behaviour.basis.revenue': 'از خرجشان',
	'behaviour.basis.lines': 'از سطرهای سفارششان',
	'behaviour.rule.complainer': 'یک تیکت شکایت (با نوعی شامل «{kind}») یا میانگین رضایت ≤ {max}.',
	'behaviour.rule.returner': 'دست‌کم {share} از سطرهای سفارششان مرجوع شده است.',
	'behaviour.rule.discount_seeker': 'دست‌کم {share} {basis} تخفیف‌دار است.',
	'behaviour.rule.impulse_buyer':
		'دست‌کم {share} از سفارش‌های ردیابی‌شده‌شان تک‌کالایی است که ظرف {minutes} دقیقه از نخستین رویداد بازدید خریده شده.',
	'behaviour.rule.full_price_buyer': 'هرگز سطر تخفیف‌داری نخریده است.',
	'behaviour.rule.other': 'خریدارانی که در هیچ‌یک از گروه‌های بالا نیستند.',
	'behaviour.rule.visited': 'در {days} روز گذشته، پس از آخرین خریدشان، از سایت بازدید کرده‌اند.',
	'behaviour.rule.evaluating': 'از آخرین خریدشان کالا دیده‌اند یا به سبد افزوده‌اند.',
	'behaviour.rule.deciding': 'از آخرین خریدشان پرداخت را آغاز کرده‌اند.',
	'behaviour.rule.purchased': 'آخرین خرید حداکثر ۷ روز پیش، بی فعالیتی پس از آن.',
	'behaviour.rule.post_purchase': 'آخرین خرید در {days} روز گذشته، بی فعالیتی پس از آن.',
	'behaviour.rule.is_site_visitor': 'دیدن یک صفحه یا کالا در {days} روز گذشته.',
	'behaviour.rule.is_email_responder': 'کلیک یا پاسخ به ایمیل در {days} روز گذشته.',
	'behaviour.rule.is_social_engager':
		'پسند، هم‌رسانی، دیدگاه یا دنبال‌کردن در شبکه‌های اجتماعی در {days} روز گذشته.',
	'behaviour.reason.tickets': 'به تیکت‌های پشتیبانی با نوع یا امتیاز رضایت نیاز دارد',
	'behaviour.reason.returns': 'به سطرهای سفارشِ علامت‌خورده به‌عنوان مرجوعی نیاز دارد',
	'behaviour.reason.discount': 'به ستون تخفیف در تراکنش‌ها نیاز دارد',
	'behaviour.reason.impulseBoth':
		'به رویدادهای بازدید سایت و سفارش‌هایی با ساعت (نه فقط تاریخ) نیاز دارد',
	'behaviour.reason.impulseVisits': 'به رویدادهای بازدید سایت نیاز دارد',
	'behaviour.reason.impulseTimes': 'به سفارش‌هایی با ساعت (نه فقط تاریخ) نیاز دارد',
	'behaviour.reason.journey': 'به رویدادهای بازدید، دیدن کالا، سبد خرید یا پرداخت نیاز دارد',
	'behaviour.reason.views': 'به رویدادهای دیدن صفحه یا کالا نیاز دارد',
	'behaviour.reason.email': 'به رویدادهای کلیک ایمیل نیاز دارد',
	'behaviour.reason.social': 'به رویدادهای فعالیت اجتماعی (پسند، هم‌رسانی، دیدگاه) نیاز دارد',
	'behaviour.reason.channel': 'به ستون کانال در تراکنش‌ها نیاز دارد',
	'behaviour.asOf':
		'تا {date}؛ {buyers} خریدار (با سفارشی پیش از آن روز)؛ گروه‌ها و نشانه‌ها همان ستون‌های `behaviour_group` و `is_…` در `customers` هستند، با آستانه‌های زیر.',
	'behaviour.missing': 'محاسبه نشد، چون داده‌ها آنچه را لازم دارند ندارند:',
	'behaviour.members.caption':
		'{rule} مشتریان در {date}، بیشترین خرج نخست. revenue: خرج به \u2068{currency}\u2069 پیش از آن روز، بی‌احتساب مرجوعی‌ها؛ هر نشانه و سنجه‌ای که داده‌ها اجازه می‌دهند فهرست شده است.',
	'behaviour.members.empty': 'این‌جا مشتری‌ای نیست.',
	'behaviour.running': 'در حال گروه‌بندی مشتریان بر پایهٔ رفتار…'
};
