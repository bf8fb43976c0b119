import type { Role, SourceKind } from './types';

/** A role that names what a column means (everything but `attribute` and `ignore`). */
export type NamedRole = Exclude<Role, 'attribute' | 'ignore'>;

/** Splits comma-separated alias lists; an alias never contains a comma. */
function words(...lists: string[]): readonly string[] {
	return lists.flatMap((list) => list.split(',').map((w) => w.trim()));
}

/**
 * Header aliases per role in English, Persian and Vietnamese (one argument each, longer lists
 * split). Earlier aliases are better matches: when two columns both fit a role, the one whose
 * header comes first in the list wins (`Description` over `StockCode` for product).
 * They are compared after `normalizeHeader`, so case, spacing and punctuation do not matter, and
 * Vietnamese also without diacritics.
 */
export const HEADER_ALIASES: Record<NamedRole, readonly string[]> = {
	customer_id: words(
		'customer id, customer no, customer number, customer code, customer key, customer ref',
		'client id, client no, client number, cust id, cust no, user id, member id, member no',
		'member number, account id, account number, buyer id, shopper id, contact id, customer',
		'client, user, member',
		'شناسه مشتری, کد مشتری, شماره مشتری, آیدی مشتری, شناسه کاربر, کد کاربر, مشتری',
		'mã khách hàng, mã kh, mã số khách hàng, id khách hàng, mã người dùng, mã thành viên',
		'khách hàng'
	),
	order_id: words(
		'order id, order no, order number, order ref, order reference, invoice no, invoice number',
		'invoice id, invoice, transaction id, transaction no, transaction number, receipt no',
		'receipt number, receipt id, bill no, bill number, basket id, purchase id, sale id, order',
		'transaction, receipt',
		'شماره سفارش, کد سفارش, شناسه سفارش, شماره فاکتور, شناسه فاکتور, شماره تراکنش, سفارش, فاکتور',
		'mã đơn hàng, mã đơn, số đơn hàng, số hóa đơn, mã hóa đơn, mã giao dịch, đơn hàng, hóa đơn'
	),
	order_date: words(
		'order date, invoice date, purchase date, transaction date, sale date, sales date',
		'order datetime, order time, purchase time, transaction time, ordered at, purchased at',
		'checkout date, date, order day, created at',
		'تاریخ سفارش, تاریخ خرید, تاریخ فاکتور, تاریخ تراکنش, تاریخ فروش, زمان خرید, تاریخ',
		'ngày đặt hàng, ngày đặt, ngày mua hàng, ngày mua, ngày hóa đơn, ngày giao dịch, ngày bán',
		'thời gian đặt hàng, ngày'
	),
	amount: words(
		'amount, revenue, sales, sales amount, sale amount, total, line total, total amount',
		'total price, total sales, order total, order value, order amount, line amount, value',
		'net amount, gross amount, net sales, gross sales, subtotal, amount paid, amount spent',
		'total spend, spend, spent, purchase amount, transaction amount, payment, paid, turnover',
		'مبلغ, مبلغ کل, جمع کل, مبلغ سفارش, مبلغ فاکتور, مبلغ پرداختی, قیمت کل, فروش, جمع',
		'thành tiền, doanh thu, tổng tiền, tổng cộng, số tiền, giá trị, doanh số, tổng'
	),
	quantity: words(
		'quantity, qty, units, quantity sold, units sold, item count, number of items, count',
		'pieces, pcs',
		'تعداد, تعداد کالا, مقدار',
		'số lượng, sl, số lượng mua'
	),
	unit_price: words(
		'unit price, price, price per unit, unit cost, item price, sale price, selling price',
		'list price, price each',
		'قیمت واحد, قیمت, فی, بهای واحد, قیمت فروش',
		'đơn giá, giá, giá bán, giá đơn vị'
	),
	product: words(
		'product, product name, description, item, item name, item description, product title',
		'product description, article, goods, sku, product id, product code, item code, item id',
		'stock code',
		'نام کالا, نام محصول, کالا, محصول, شرح کالا, شرح, کد کالا',
		'sản phẩm, tên sản phẩm, tên hàng, mặt hàng, hàng hóa, mô tả, mã sản phẩm, mã hàng'
	),
	category: words(
		'category, product category, categories, department, product type, product group',
		'product line, item category, class',
		'دسته بندی, دسته, گروه کالا, نوع کالا, گروه',
		'danh mục, loại sản phẩm, nhóm hàng, ngành hàng, loại hàng, phân loại'
	),
	discount: words(
		'discount, discount amount, discount rate, discount pct, discount percent, promo',
		'promotion, coupon amount, markdown, rebate',
		'تخفیف, مبلغ تخفیف, درصد تخفیف',
		'giảm giá, chiết khấu, khuyến mãi'
	),
	channel: words(
		'channel, sales channel, order channel, acquisition channel, source, medium, utm source',
		'utm medium, platform',
		'کانال, کانال فروش, منبع',
		'kênh, kênh bán hàng, nguồn'
	),
	is_return: words(
		'returned, is return, is returned, return, returns, return flag, refund, refunded',
		'is refund, return status',
		'مرجوعی, مرجوع, برگشتی, مرجوع شده',
		'trả hàng, hoàn trả, đổi trả, hàng trả lại'
	),
	status: words(
		'status, order status, payment status, transaction status, fulfillment status',
		'وضعیت, وضعیت سفارش',
		'trạng thái, trạng thái đơn hàng, tình trạng'
	),
	age: words(
		'age, customer age, age years, age group, age band, age range',
		'سن, رده سنی, گروه سنی',
		'tuổi, độ tuổi, nhóm tuổi'
	),
	birth_date: words(
		'birth date, date of birth, dob, birthday, birth day, born, birth year, year of birth',
		'تاریخ تولد, تولد, سال تولد',
		'ngày sinh, sinh nhật, năm sinh'
	),
	gender: words('gender, genre, sex, gender identity', 'جنسیت, جنس', 'giới tính'),
	education: words(
		'education, education level, degree, qualification, highest degree, schooling',
		'تحصیلات, مدرک تحصیلی, سطح تحصیلات',
		'học vấn, trình độ học vấn, trình độ'
	),
	occupation: words(
		'occupation, job, profession, job title, work, employment, career',
		'شغل, حرفه',
		'nghề nghiệp, công việc, nghề'
	),
	marital_status: words(
		'marital status, marital, married, ever married, civil status, relationship status',
		'وضعیت تاهل, تاهل',
		'tình trạng hôn nhân, hôn nhân'
	),
	children: words(
		'children, kids, number of children, num children, no of children, has children',
		'kidhome, dependents',
		'فرزندان, تعداد فرزندان, فرزند',
		'con cái, số con'
	),
	income: words(
		'income, annual income, annual income k, yearly income, salary',
		'household income, monthly income, earnings, wage, income level',
		'درآمد, درآمد سالانه, درآمد ماهانه, حقوق',
		'thu nhập, thu nhập hàng năm, lương, mức lương'
	),
	city: words('city, town, city name, customer city', 'شهر', 'thành phố'),
	region: words(
		'region, state, province, county, area, territory, district, zone',
		'استان, منطقه, ناحیه',
		// `Tỉnh/Thành phố` is the province level, where the centrally run cities sit beside provinces
		'tỉnh, vùng, khu vực, miền, quận, huyện, tỉnh thành phố, tỉnh thành'
	),
	country: words('country, country code, country name, nation', 'کشور', 'quốc gia, nước'),
	signup_date: words(
		'signup date, sign up date, signup, registered, registration date, registered at',
		'registered on, created, created at, created date, join date, joined, joined at',
		'date joined, customer since, member since, first seen, account created, dt customer',
		'تاریخ ثبت نام, تاریخ عضویت, ثبت نام, تاریخ ایجاد',
		'ngày đăng ký, ngày tham gia, ngày tạo'
	),
	email: words(
		'email, e mail, email address, mail',
		'ایمیل, پست الکترونیک, رایانامه',
		'thư điện tử, địa chỉ email'
	),
	name: words(
		'name, full name, customer name, client name, contact name, first name, given name',
		'نام و نام خانوادگی, نام کامل, نام مشتری, نام',
		'họ tên, họ và tên, tên khách hàng, tên'
	),
	event_time: words(
		'event time, timestamp, occurred at, event timestamp, event date, event at, happened at',
		'logged at, datetime, date time, time, ts, date',
		'زمان رویداد, تاریخ رویداد, زمان',
		'thời gian sự kiện, thời gian, thời điểm, ngày'
	),
	event_type: words(
		'event, event type, event name, action, activity, activity type, interaction, type',
		'رویداد, نوع رویداد, فعالیت, عملیات',
		'sự kiện, loại sự kiện, hành động, hoạt động'
	),
	created_at: words(
		'created at, created, opened, opened at, ticket date, created date, date opened',
		'open date, submitted at, reported at, creation date, date, timestamp',
		'تاریخ ایجاد, تاریخ ثبت, تاریخ تیکت, تاریخ',
		'ngày tạo, ngày mở, ngày gửi, thời gian tạo, ngày'
	),
	ticket_kind: words(
		'kind, type, category, reason, ticket type, ticket kind, issue type, ticket category',
		'complaint type, contact reason, case type, topic, issue',
		'نوع, نوع تیکت, موضوع, دلیل, دسته',
		'loại, loại yêu cầu, lý do, chủ đề, vấn đề'
	),
	satisfaction: words(
		'satisfaction, csat, rating, score, satisfaction score, csat score, satisfaction rating',
		'customer satisfaction, stars, feedback score',
		'رضایت, میزان رضایت, امتیاز, نمره',
		'mức độ hài lòng, hài lòng, điểm hài lòng, đánh giá, điểm'
	)
};

/** Words in a file or sheet name that say what it holds (checked in this order). */
export const KIND_NAME_WORDS: readonly [SourceKind, readonly string[]][] = [
	[
		'tickets',
		words('ticket, support, complaint, helpdesk, case, تیکت, پشتیبانی, شکایت, hỗ trợ, khiếu nại')
	],
	[
		'events',
		words('event, web, click, session, pageview, visit, analytics, activity, رویداد, بازدید')
	],
	[
		'transactions',
		words(
			'order, transaction, sale, invoice, purchase, receipt, retail, سفارش, فاکتور, فروش, خرید',
			'تراکنش, đơn hàng, hóa đơn, giao dịch, bán hàng, mua hàng'
		)
	],
	['customers', words('customer, client, lead, member, contact, user, مشتری, khách hàng')]
];

/** Header words that only a support-ticket export has. */
export const TICKET_HEADER_WORDS = words(
	'ticket, case, complaint, incident, helpdesk, agent, priority, resolution, resolved, csat',
	'escalation, sla, تیکت, شکایت, پشتیبانی, khiếu nại, phiếu'
);
