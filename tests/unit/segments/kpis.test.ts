import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KPI_DEFINITIONS, KPI_KEYS } from '../../../src/segments/kpi-definitions';
import { buildKpisSql } from '../../../src/segments/kpis';
import { openSegmentsDb, rounded, type SegmentsDb } from './segments-db';

let db: SegmentsDb;
beforeAll(async () => {
	db = await openSegmentsDb();
});
afterAll(() => db.close());

const kpis = (asOf: string, windowDays?: number) =>
	rounded([db.one(buildKpisSql({ asOf, windowDays }))], 6)[0];

describe('buildKpisSql', () => {
	it('computes every KPI on the default as-of date', () => {
		expect(kpis('2024-07-01', 30)).toEqual({
			buyers: 10,
			// The customer file lists c01 c02 c03 c07 c08 (buyers) and p01-p03 (never bought).
			prospects: 3,
			customers: 13,
			orders: 24, // 6 + 4 + 3 + 3 + 2 + 2 + 1 + 1 + 1 + 1
			revenue: 1000,
			avg_order_value: 41.666667, // 1000 / 24
			orders_per_customer: 2.4,
			repeat_rate: 0.6, // c01-c06 have 2 orders or more
			top_revenue_share: 0.5, // 2 of 10 buyers: (300 + 200) / 1000
			// Previous window: 2024-05-02 to 2024-05-31 (31 to 60 days before 2024-07-01):
			// c01 05-20, c02 05-10, c03 05-15, c06 05-25 and c10 on its first day, 05-02.
			// Current window 2024-06-01 to 06-30: c01 c02 c04 c05 c07. Retained: c01 c02.
			previous_active: 5,
			retained: 2,
			retention_rate: 0.4,
			churn_rate: 0.6,
			conversion_rate: 0.625, // 5 of the 8 people in the customer file bought
			avg_satisfaction: 3 // c01 4 and c05 2; c09 has no score, c03's ticket is after the as-of
		});
	});

	it('uses 90-day windows by default', () => {
		// Previous 2024-01-03 to 04-01 (91 to 180 days before): c01 c02 c03 c04 (04-01, the
		// window's last day) c05 c06 c08 c09. Current from 04-02: all of them but c08 and c09.
		const row = kpis('2024-07-01');
		expect([row!.previous_active, row!.retained, row!.retention_rate, row!.churn_rate]).toEqual([
			8, 6, 0.75, 0.25
		]);
	});

	it('moves every KPI with the as-of date', () => {
		expect(kpis('2024-06-01', 30)).toEqual({
			buyers: 9, // c07 first bought on 06-20
			prospects: 4, // p01-p03 and c07
			customers: 13,
			orders: 19, // 5 + 3 + 3 + 2 + 1 + 2 + 1 + 1 + 1
			revenue: 800,
			avg_order_value: 42.105263, // 800 / 19
			orders_per_customer: 2.111111, // 19 / 9
			repeat_rate: 0.555556, // c01 c02 c03 c04 c06: 5 / 9
			// ceil(20 % × 9) = 2 buyers: c01 250 and one of c02, c03 (150 each): 400 / 800.
			top_revenue_share: 0.5,
			// Previous window 2024-04-02 to 05-01: only c01 (04-20); c04's 04-01 is a day before
			// it, c10's 05-02 the current window's first day. c01 ordered again on 05-20.
			previous_active: 1,
			retained: 1,
			retention_rate: 1,
			churn_rate: 0,
			conversion_rate: 0.5, // c01 c02 c03 c08 of 8
			avg_satisfaction: 4 // only c01's ticket of 05-03 has a score before 06-01
		});
	});

	it('leaves retention and churn empty when nobody was active in the previous window', () => {
		// On 2024-02-01 the previous 30-day window (2023-12-03 to 2024-01-01) holds no order.
		const row = kpis('2024-02-01', 30);
		expect([row!.previous_active, row!.retention_rate, row!.churn_rate]).toEqual([0, null, null]);
	});

	it('gives zeros and NULLs without any data', async () => {
		const empty = await openSegmentsDb({});
		expect(empty.one(buildKpisSql({ asOf: '2024-07-01' }))).toEqual({
			buyers: 0,
			prospects: 0,
			customers: 0,
			orders: 0,
			revenue: 0,
			avg_order_value: null,
			orders_per_customer: null,
			repeat_rate: null,
			top_revenue_share: null,
			previous_active: 0,
			retained: 0,
			retention_rate: null,
			churn_rate: null,
			conversion_rate: null,
			avg_satisfaction: null
		});
		empty.close();
	});

	it('rejects a window that is not a whole number of days', () => {
		expect(() => buildKpisSql({ asOf: '2024-07-01', windowDays: 0 })).toThrow(
			'invalid windowDays: 0'
		);
	});
});

describe('KPI_DEFINITIONS', () => {
	it('says how every column is computed, in column order', () => {
		const columns = Object.keys(db.one(buildKpisSql({ asOf: '2024-07-01' })) as object);
		expect(columns).toEqual([...KPI_KEYS]);
		expect(KPI_DEFINITIONS.map((k) => k.key)).toEqual([...KPI_KEYS]);
		for (const k of KPI_DEFINITIONS) expect(k.how).toMatch(/^[A-Z].+\.$/);
	});
});
