import { describe, expect, it } from 'vitest';
import {
	detectColumnRoles,
	detectMapping,
	detectSourceKind,
	kindFromName
} from '../../../src/data/detect-roles';
import { roleScore } from '../../../src/data/role-score';
import type { SourceColumn, SourceKind, SourceTable } from '../../../src/data/types';

function source(fileName: string, headers: string[], columns: Partial<SourceColumn>[] = []) {
	const table: SourceTable = {
		table: 'src_1',
		fileName,
		columns: headers.map((name, i) => ({ name, type: 'VARCHAR', samples: [], ...columns[i] })),
		rowCount: 10
	};
	return table;
}

const UCI = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';
const DEMO_TRANSACTIONS =
	'order_id,customer_id,order_date,product,category,quantity,unit_price,discount,channel,returned';
const DEMO_CUSTOMERS =
	'customer_id,first_name,email,signup_date,birth_date,gender,education,occupation,' +
	'marital_status,children,annual_income,city,region,country,interests';

describe('detectMapping on real and demo files', () => {
	const rows = [
		{
			name: 'UCI Online Retail',
			input: source('Online Retail.xlsx', UCI.split(','), [
				{ samples: ['536365', 'C536379'] },
				{},
				{},
				{ type: 'BIGINT' },
				{ samples: ['12/1/2010 8:26'] },
				{ type: 'DOUBLE' },
				{ type: 'BIGINT' }
			]),
			expected: {
				kind: 'transactions',
				roles: {
					InvoiceNo: 'order_id',
					StockCode: 'ignore',
					Description: 'product',
					Quantity: 'quantity',
					InvoiceDate: 'order_date',
					UnitPrice: 'unit_price',
					CustomerID: 'customer_id',
					Country: 'country'
				}
			}
		},
		{
			name: 'UCI Online Retail under a neutral name',
			input: source('export.csv', UCI.split(',')),
			expected: { kind: 'transactions' }
		},
		{
			name: 'CDNOW (dates as yyyymmdd integers)',
			input: source(
				'CDNOW_master.txt',
				['customer_id', 'order_date', 'quantity', 'amount'],
				[
					{ type: 'BIGINT' },
					{ type: 'BIGINT', samples: ['19970101', '19970112'] },
					{ type: 'BIGINT' },
					{ type: 'DOUBLE' }
				]
			),
			expected: {
				kind: 'transactions',
				roles: {
					customer_id: 'customer_id',
					order_date: 'order_date',
					quantity: 'quantity',
					amount: 'amount'
				}
			}
		},
		{
			name: 'Mall customers',
			input: source(
				'Mall_Customers.csv',
				['CustomerID', 'Genre', 'Age', 'Annual Income (k$)', 'Spending Score (1-100)'],
				[
					{ type: 'BIGINT' },
					{ samples: ['Male', 'Female'] },
					{ type: 'BIGINT' },
					{},
					{ type: 'BIGINT' }
				]
			),
			expected: {
				kind: 'customers',
				roles: {
					CustomerID: 'customer_id',
					Genre: 'gender',
					Age: 'age',
					'Annual Income (k$)': 'income',
					'Spending Score (1-100)': 'attribute'
				}
			}
		},
		{
			name: 'Mall customers under a neutral name',
			input: source('data.csv', ['CustomerID', 'Genre', 'Age', 'Annual Income (k$)']),
			expected: { kind: 'customers' }
		},
		{
			name: 'demo transactions',
			input: source('transactions.csv', DEMO_TRANSACTIONS.split(',')),
			expected: {
				kind: 'transactions',
				roles: {
					order_id: 'order_id',
					customer_id: 'customer_id',
					order_date: 'order_date',
					product: 'product',
					category: 'category',
					quantity: 'quantity',
					unit_price: 'unit_price',
					discount: 'discount',
					channel: 'channel',
					returned: 'is_return'
				}
			}
		},
		{
			name: 'demo customers',
			input: source('customers.csv', DEMO_CUSTOMERS.split(',')),
			expected: {
				kind: 'customers',
				roles: {
					customer_id: 'customer_id',
					first_name: 'name',
					email: 'email',
					signup_date: 'signup_date',
					birth_date: 'birth_date',
					gender: 'gender',
					education: 'education',
					occupation: 'occupation',
					marital_status: 'marital_status',
					children: 'children',
					annual_income: 'income',
					city: 'city',
					region: 'region',
					country: 'country',
					interests: 'attribute'
				}
			}
		},
		{
			name: 'demo events',
			input: source('events.csv', ['customer_id', 'event_time', 'event_type', 'channel']),
			expected: {
				kind: 'events',
				roles: {
					customer_id: 'customer_id',
					event_time: 'event_time',
					event_type: 'event_type',
					channel: 'channel'
				}
			}
		},
		{
			name: 'demo tickets',
			input: source('tickets.csv', [
				'ticket_id',
				'customer_id',
				'created_at',
				'kind',
				'satisfaction'
			]),
			expected: {
				kind: 'tickets',
				roles: {
					ticket_id: 'ignore',
					customer_id: 'customer_id',
					created_at: 'created_at',
					kind: 'ticket_kind',
					satisfaction: 'satisfaction'
				}
			}
		},
		{
			name: 'Persian transactions',
			input: source('سفارش‌ها.csv', ['شناسه مشتری', 'شماره سفارش', 'تاریخ سفارش', 'مبلغ']),
			expected: {
				kind: 'transactions',
				roles: {
					'شناسه مشتری': 'customer_id',
					'شماره سفارش': 'order_id',
					'تاریخ سفارش': 'order_date',
					مبلغ: 'amount'
				}
			}
		},
		{
			name: 'Vietnamese transactions',
			input: source('data.csv', ['Mã khách hàng', 'Mã đơn hàng', 'Ngày đặt hàng', 'Thành tiền']),
			expected: {
				kind: 'transactions',
				roles: {
					'Mã khách hàng': 'customer_id',
					'Mã đơn hàng': 'order_id',
					'Ngày đặt hàng': 'order_date',
					'Thành tiền': 'amount'
				}
			}
		},
		{
			name: 'Vietnamese transactions without diacritics',
			input: source('data.csv', ['Ma khach hang', 'Ma don hang', 'Ngay dat hang', 'Thanh tien']),
			expected: {
				kind: 'transactions',
				roles: {
					'Ma khach hang': 'customer_id',
					'Ma don hang': 'order_id',
					'Ngay dat hang': 'order_date',
					'Thanh tien': 'amount'
				}
			}
		},
		{
			name: 'hostile header in a customers file',
			input: source('x.csv', ['customer_id', 'weird "name"; DROP TABLE x; --', 'age']),
			expected: {
				kind: 'customers',
				roles: {
					customer_id: 'customer_id',
					'weird "name"; DROP TABLE x; --': 'attribute',
					age: 'age'
				}
			}
		},
		{
			name: 'hostile header in a transactions file',
			input: source('x.csv', [
				'customer_id',
				'order_date',
				'amount',
				'weird "name"; DROP TABLE x; --'
			]),
			expected: { kind: 'transactions', roles: { 'weird "name"; DROP TABLE x; --': 'ignore' } }
		},
		{
			name: 'a file that is nothing',
			input: source('foo.csv', ['foo', 'bar']),
			expected: { kind: 'ignore', roles: { foo: 'ignore', bar: 'ignore' } }
		},
		{
			name: 'a customers-named file that holds nothing',
			input: source('customers.csv', ['foo', 'bar']),
			expected: { kind: 'ignore', roles: { foo: 'ignore', bar: 'ignore' } }
		}
	];
	it.each(rows)('$name', ({ input, expected }) => {
		const mapping = detectMapping(input);
		expect(mapping.kind).toBe(expected.kind);
		expect(mapping.roles).toMatchObject(expected.roles ?? {});
		expect(Object.keys(mapping.roles)).toEqual(input.columns.map((c) => c.name));
		expect(mapping).toMatchObject({ table: 'src_1', dateFormats: {}, numberFormats: {} });
	});
});

describe('detectSourceKind from headers and file names', () => {
	const rows: { name: string; input: SourceTable; expected: SourceKind }[] = [
		{
			name: 'quantity and price without amount',
			input: source('a.csv', ['cust_id', 'date', 'qty', 'price']),
			expected: 'transactions'
		},
		{
			name: 'order id and date without money',
			input: source('a.csv', ['customer', 'order number', 'order date']),
			expected: 'transactions'
		},
		{
			name: 'orders file with a customer and a date only',
			input: source('orders.csv', ['customer_id', 'when']),
			expected: 'transactions'
		},
		{
			name: 'events without an event type, named by time',
			input: source('log.csv', ['user_id', 'timestamp', 'page']),
			expected: 'events'
		},
		{
			name: 'web clicks by file name',
			input: source('web_clicks.csv', ['user_id', 'page', 'ts']),
			expected: 'events'
		},
		{
			name: 'event type next to an amount is a transaction',
			input: source('a.csv', ['customer_id', 'date', 'type', 'amount']),
			expected: 'transactions'
		},
		{
			name: 'support export with a type column',
			input: source('support.csv', ['customer_id', 'date', 'type']),
			expected: 'tickets'
		},
		{
			name: 'ticket headers without a ticket file name',
			input: source('export.csv', ['Case Number', 'Customer', 'Opened', 'Reason', 'CSAT']),
			expected: 'tickets'
		},
		{
			name: 'a rating in a customers file is not a ticket',
			input: source('a.csv', ['customer_id', 'age', 'rating']),
			expected: 'customers'
		},
		{
			name: 'customers with a date column',
			input: source('a.csv', ['customer_id', 'gender', 'date']),
			expected: 'customers'
		},
		{
			name: 'leads without an id, by name and e-mail',
			input: source('leads.csv', ['email', 'city']),
			expected: 'customers'
		},
		{
			name: 'Persian customers file name',
			input: source('مشتریان.csv', ['کد مشتری', 'سن', 'شهر']),
			expected: 'customers'
		},
		{
			name: 'Vietnamese customers file name',
			input: source('khach_hang.csv', ['Mã KH', 'Giới tính']),
			expected: 'customers'
		},
		{
			name: 'Vietnamese orders file name',
			input: source('don_hang.xlsx', ['Mã KH', 'Ngày']),
			expected: 'transactions'
		},
		{
			name: 'workbook sheet name',
			input: { ...source('book.xlsx', ['customer_id', 'when']), sheet: 'Sales 2024' },
			expected: 'transactions'
		},
		{ name: 'no columns', input: source('empty.csv', []), expected: 'ignore' }
	];
	it.each(rows)('$name', ({ input, expected }) => {
		expect(detectSourceKind(input)).toBe(expected);
	});
});

describe('kindFromName', () => {
	const rows = [
		{ name: 'orders', input: 'orders.csv', expected: 'transactions' },
		{
			name: 'invoices in a path',
			input: 'C:\\exports\\Invoices_2024.csv',
			expected: 'transactions'
		},
		{ name: 'customer orders are orders', input: 'customer_orders.csv', expected: 'transactions' },
		{ name: 'clients', input: 'Clients.xlsx', expected: 'customers' },
		{ name: 'camelCase', input: 'webEvents.parquet', expected: 'events' },
		{ name: 'Persian orders', input: 'سفارش.csv', expected: 'transactions' },
		{ name: 'Vietnamese orders', input: 'Đơn hàng.csv', expected: 'transactions' },
		{ name: 'support', input: 'support-tickets.csv', expected: 'tickets' },
		{ name: 'nothing', input: 'data.csv', expected: null }
	];
	it.each(rows)('$name', ({ input, expected }) => {
		expect(kindFromName(input)).toBe(expected);
	});
});

describe('type and sample tie-breakers', () => {
	const col = (name: string, type: string, samples: string[] = []): SourceColumn => ({
		name,
		type,
		samples
	});
	const rows = [
		{
			name: 'the id column with distinct values wins',
			input: [
				col('customer', 'VARCHAR', ['a', 'a', 'b']),
				col('client', 'BIGINT', ['1', '2', '3'])
			],
			kind: 'transactions',
			expected: { customer: 'ignore', client: 'customer_id' }
		},
		{
			name: 'e-mail found by its values',
			input: [col('id', 'BIGINT'), col('contact', 'VARCHAR', ['a@x.io', 'b@y.org', 'c@z.com'])],
			kind: 'customers',
			expected: { id: 'attribute', contact: 'email' }
		},
		{
			name: 'a text "mail" column without addresses is not the e-mail',
			input: [col('customer_id', 'BIGINT'), col('Mail Opt In', 'VARCHAR', ['yes', 'no'])],
			kind: 'customers',
			expected: { 'Mail Opt In': 'attribute' }
		},
		{
			name: 'the first of two names wins',
			input: [col('Customer ID', 'BIGINT'), col('Customer Name', 'VARCHAR')],
			kind: 'customers',
			expected: { 'Customer ID': 'customer_id', 'Customer Name': 'name' }
		}
	] as const;
	it.each(rows)('$name', ({ input, kind, expected }) => {
		expect(detectColumnRoles([...input], kind)).toMatchObject(expected);
	});

	it('prefers a Date column typed DATE or holding dates', () => {
		const typed = roleScore(col('Date', 'DATE'), 'order_date');
		const datelike = roleScore(col('Date', 'VARCHAR', ['2024-03-20', '2024-03-21']), 'order_date');
		const unknown = roleScore(col('Date', 'VARCHAR'), 'order_date');
		const wrong = roleScore(col('Date', 'VARCHAR', ['north', 'south']), 'order_date');
		expect(typed).toBeGreaterThan(datelike);
		expect(datelike).toBeGreaterThan(unknown);
		expect(unknown).toBeGreaterThan(wrong);
	});

	it('keeps a numeric score an attribute and an amount typed DATE weak', () => {
		const score = col('Spending Score (1-100)', 'BIGINT', ['39', '81']);
		expect(detectColumnRoles([score], 'customers')).toEqual({
			'Spending Score (1-100)': 'attribute'
		});
		expect(roleScore(col('Total', 'DATE'), 'amount')).toBeLessThan(
			roleScore(col('Total', 'DOUBLE'), 'amount')
		);
	});
});
