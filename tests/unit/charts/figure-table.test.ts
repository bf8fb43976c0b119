import { describe, expect, it } from 'vitest';
import {
	holdoutTable,
	kSweepTable,
	paretoTable,
	retentionCurveTable,
	rfmGridTable
} from '../../../src/charts/figure-table';

describe('chart tables', () => {
	it('lists the RFM squares best first, with their counts, shares and average spend', () => {
		const table = rfmGridTable(
			[
				{ r_score: 1, f_score: 2, customers: 3, customer_share: 0.3, avg_monetary: 10 },
				{ r_score: 5, f_score: 1, customers: 1200, customer_share: 0.6, avg_monetary: null },
				{ r_score: 5, f_score: 4, customers: 1, customer_share: 0.1, avg_monetary: 1234.5 }
			],
			'USD'
		);
		expect(table.columns).toHaveLength(5);
		expect(table.rows.map((r) => r.slice(0, 4))).toEqual([
			['5', '4', '1', '10.0 %'],
			['5', '1', '1,200', '60.0 %'],
			['1', '2', '3', '30.0 %']
		]);
		expect(table.rows[1]![4]).toBe('–');
	});

	it('reads the Pareto curve at each tenth of the customers', () => {
		// 4 customers spending 50, 30, 15, 5: the curve has a point per customer.
		const points = [
			{ customers: 1, customer_share: 0.25, revenue_share: 0.5 },
			{ customers: 2, customer_share: 0.5, revenue_share: 0.8 },
			{ customers: 3, customer_share: 0.75, revenue_share: 0.95 },
			{ customers: 4, customer_share: 1, revenue_share: 1 }
		];
		const rows = paretoTable(points).rows;
		// 10 % and 20 % fall inside the first customer, 30–50 % the second, and so on.
		expect(rows.map((r) => r[1])).toEqual(['1', '1', '2', '2', '2', '3', '3', '4', '4', '4']);
		expect(rows[0]).toEqual(['25.0 %', '1', '50.0 %']);
		expect(rows.at(-1)).toEqual(['100.0 %', '4', '100.0 %']);
	});

	it('gives each k its WSS and silhouette, and each later period its retention', () => {
		expect(kSweepTable([{ k: 2, wss: 1500.25, silhouette: 0.41234 }]).rows).toEqual([
			['2', '1,500.3', '0.412']
		]);
		const curve = retentionCurveTable(
			[
				{ offset: 0, retention: 1, active: 10, customers: 10, cohorts: 2 },
				{ offset: 1, retention: 0.25, active: 2, customers: 8, cohorts: 2 }
			],
			'month'
		);
		expect(curve.columns[0]).toBe('Month');
		expect(curve.rows).toEqual([['1', '25.0 %', '2', '8', '2']]);
	});

	it('leaves empty holdout groups out', () => {
		const rows = holdoutTable([
			{ frequency: 0, label: '0', customers: 5, actual: 0.2, expected: 0.25 },
			{ frequency: 1, label: '1', customers: 0, actual: 0, expected: 0 }
		]).rows;
		expect(rows).toEqual([['0', '5', '0.2', '0.25']]);
	});
});
