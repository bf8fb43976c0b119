import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	buildRuleMigrationSql,
	buildRuleMigrationSummarySql
} from '../../../src/segments/migration';
import type { RuleNode } from '../../../src/segments/rules';
import { openSegmentsDb, type SegmentsDb } from './segments-db';

let db: SegmentsDb;
beforeAll(async () => {
	db = await openSegmentsDb({
		transactions: 'lens-rules-orders.csv',
		customers: 'lens-rules-customers.csv'
	});
});
afterAll(() => db.close());

const rule: RuleNode = {
	kind: 'measure',
	measure: 'revenue',
	operator: '>',
	values: [1000],
	window: { lastDays: 365 }
};
const opts = { previousAsOf: '2024-07-01', asOf: '2025-01-01' };

// "More than 1000 in the last 365 days": u01 u04 u07 on 2024-07-01, u02 u04 u05 on 2025-01-01
// (worked out in rules.test.ts).
describe('buildRuleMigrationSql', () => {
	it('lists who entered, who left and who stayed', () => {
		const rows = db.rows(buildRuleMigrationSql(rule, opts));
		expect(rows.map((r) => Object.values(r).join(' '))).toEqual([
			'u02 false true entered',
			'u05 false true entered',
			// u01's order of 2023-07-02 and u07's of 2024-01-01 left the window.
			'u01 true false left',
			'u07 true false left',
			'u04 true true stayed'
		]);
	});

	it('rejects dates in the wrong order', () => {
		expect(() => buildRuleMigrationSql(rule, { ...opts, previousAsOf: '2025-02-01' })).toThrow(
			'invalid previousAsOf: 2025-02-01 is not before 2025-01-01'
		);
		expect(() => buildRuleMigrationSql(rule, { ...opts, previousAsOf: '1/7/2024' })).toThrow(
			'invalid previousAsOf: 1/7/2024'
		);
	});
});

describe('buildRuleMigrationSummarySql', () => {
	it('counts each change, empty ones included', () => {
		expect(db.rows(buildRuleMigrationSummarySql(rule, opts))).toEqual([
			{ change: 'entered', customers: 2, previous_members: 3, members: 3 },
			{ change: 'left', customers: 2, previous_members: 3, members: 3 },
			{ change: 'stayed', customers: 1, previous_members: 3, members: 3 }
		]);
		// One day later (window from 2023-07-03): u01's order of 2023-07-02 drops out, u05's of
		// 2024-07-01 (the earlier as-of date itself) now counts: 900 + 200.
		const next = db.rows(buildRuleMigrationSummarySql(rule, { ...opts, asOf: '2024-07-02' }));
		expect(next.map((r) => [r.change, r.customers])).toEqual([
			['entered', 1],
			['left', 1],
			['stayed', 2]
		]);
	});
});
