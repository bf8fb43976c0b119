import { describe, expect, it } from 'vitest';
import { detectColumnRoles } from '../../../src/data/detect-roles';
import { HEADER_ALIASES } from '../../../src/data/header-aliases';
import { normalizeHeader } from '../../../src/data/normalize-header';
import type { Role, SourceKind } from '../../../src/data/types';

// One header alone in a source of the given kind, no type or sample evidence.
function roleOf(header: string, kind: SourceKind): Role | undefined {
	return detectColumnRoles([{ name: header, type: 'VARCHAR', samples: [] }], kind)[header];
}

const EXAMPLES: [SourceKind, Role, string[]][] = [
	[
		'transactions',
		'customer_id',
		['CustomerID', 'customer_id', 'Customer Number', 'Customer No.', 'client id', 'cust_id']
	],
	['transactions', 'customer_id', ['user_id', 'member id', 'شناسه مشتری', 'کد مشتری']],
	['transactions', 'customer_id', ['Mã khách hàng', 'Mã KH', 'Ma KH', 'ma_khach_hang']],
	['transactions', 'order_id', ['InvoiceNo', 'Invoice', 'order_id', 'Order Number', 'Order #']],
	['transactions', 'order_id', ['transaction id', 'شماره سفارش', 'شماره فاکتور']],
	['transactions', 'order_id', ['Mã đơn hàng', 'Số hóa đơn', 'So hoa don', 'Số hoá đơn']],
	['transactions', 'order_date', ['InvoiceDate', 'order_date', 'Date', 'purchase date']],
	['transactions', 'order_date', ['transaction date', 'تاریخ سفارش', 'تاریخ', 'Ngày đặt hàng']],
	['transactions', 'order_date', ['Ngày', 'Order Date (UTC)', 'Created at']],
	['transactions', 'amount', ['amount', 'revenue', 'sales', 'total', 'line total', 'value']],
	['transactions', 'amount', ['مبلغ', 'Thành tiền', 'Doanh thu', 'Thanh tien', 'Invoice Total']],
	['transactions', 'quantity', ['Quantity', 'qty', 'units', 'تعداد', 'Số lượng']],
	['transactions', 'unit_price', ['UnitPrice', 'Price', 'unit_price', 'قیمت واحد', 'Đơn giá']],
	['transactions', 'product', ['Description', 'StockCode', 'product', 'item', 'SKU']],
	['transactions', 'product', ['نام کالا', 'Sản phẩm', 'Product Name']],
	['transactions', 'category', ['category', 'Product Category', 'دسته‌بندی', 'Danh mục']],
	['transactions', 'discount', ['discount', 'Discount %', 'تخفیف', 'Giảm giá']],
	['transactions', 'channel', ['channel', 'Sales Channel', 'Order Channel', 'کانال', 'Kênh']],
	['transactions', 'is_return', ['returned', 'is_return', 'return', 'مرجوعی', 'Trả hàng']],
	['transactions', 'status', ['status', 'order status', 'Order Status', 'وضعیت', 'Trạng thái']],
	['transactions', 'country', ['Country']],
	['customers', 'customer_id', ['CustomerID', 'client id', 'کد مشتری', 'Mã KH']],
	['customers', 'age', ['age', 'Age', 'سن', 'Tuổi', 'Age Group']],
	['customers', 'birth_date', ['DOB', 'date of birth', 'birth_date', 'تاریخ تولد', 'Ngày sinh']],
	['customers', 'gender', ['Gender', 'Genre', 'sex', 'جنسیت', 'Giới tính', 'Gioi tinh']],
	['customers', 'education', ['education', 'Education Level', 'تحصیلات', 'Học vấn']],
	['customers', 'occupation', ['occupation', 'job', 'Profession', 'شغل', 'Nghề nghiệp']],
	['customers', 'marital_status', ['marital status', 'Marital_Status', 'وضعیت تأهل']],
	['customers', 'marital_status', ['Tình trạng hôn nhân']],
	['customers', 'children', ['children', 'kids', 'Number of Children', 'فرزندان', 'Số con']],
	['customers', 'income', ['Annual Income (k$)', 'annual_income', 'salary', 'درآمد']],
	['customers', 'income', ['Thu nhập', 'Thu nhap']],
	['customers', 'city', ['city', 'City', 'شهر', 'Thành phố']],
	['customers', 'region', ['region', 'state', 'province', 'استان', 'Tỉnh']],
	['customers', 'country', ['country', 'کشور', 'Quốc gia']],
	['customers', 'signup_date', ['signup_date', 'registered', 'created', 'join date']],
	['customers', 'signup_date', ['Created At', 'تاریخ عضویت', 'Ngày đăng ký']],
	['customers', 'email', ['email', 'E-mail', 'Email Address', 'ایمیل']],
	['customers', 'name', ['first_name', 'full name', 'Name', 'نام', 'Họ tên', 'Customer Name']],
	['events', 'event_time', ['event_time', 'timestamp', 'occurred_at', 'Date', 'زمان']],
	['events', 'event_type', ['event', 'event_type', 'action', 'type', 'رویداد', 'Sự kiện']],
	['events', 'channel', ['channel', 'source']],
	['tickets', 'created_at', ['created_at', 'opened', 'ticket date', 'Date', 'تاریخ ایجاد']],
	['tickets', 'ticket_kind', ['kind', 'type', 'category', 'reason', 'Ticket Type', 'موضوع']],
	['tickets', 'satisfaction', ['satisfaction', 'CSAT', 'rating', 'score', 'رضایت']],
	['tickets', 'satisfaction', ['Satisfaction score (1-5)', 'Đánh giá']]
];

describe('header aliases', () => {
	const rows = EXAMPLES.flatMap(([kind, expected, headers]) =>
		headers.map((input) => ({ name: `${kind}: ${input} → ${expected}`, input, kind, expected }))
	);
	it.each(rows)('$name', ({ input, kind, expected }) => {
		expect(roleOf(input, kind)).toBe(expected);
	});

	it('has aliases for every role, none empty or repeated after normalising', () => {
		for (const [role, aliases] of Object.entries(HEADER_ALIASES)) {
			const normal = aliases.map(normalizeHeader);
			expect(normal.length, role).toBeGreaterThan(0);
			expect(
				normal.filter((a) => a === ''),
				role
			).toEqual([]);
			expect(new Set(normal).size, role).toBe(normal.length);
		}
	});

	const unknown = [
		{
			name: 'hostile header in transactions',
			input: 'weird "name"; DROP TABLE x; --',
			kind: 'transactions',
			expected: 'ignore'
		},
		{
			name: 'hostile header in customers',
			input: 'weird "name"; DROP TABLE x; --',
			kind: 'customers',
			expected: 'attribute'
		},
		{
			name: 'score stays an attribute',
			input: 'Spending Score (1-100)',
			kind: 'customers',
			expected: 'attribute'
		},
		{ name: 'unknown word', input: 'foo', kind: 'events', expected: 'ignore' },
		{ name: 'empty header', input: '', kind: 'customers', expected: 'attribute' }
	] as const;
	it.each(unknown)('$name', ({ input, kind, expected }) => {
		expect(roleOf(input, kind)).toBe(expected);
	});
});
