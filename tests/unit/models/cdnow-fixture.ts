import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RfmData } from '../../../src/models/rfm-data';
import { epochDay, type PurchaseLog } from '../../../src/models/rfm-summary';
import type { TestDb } from '../node-duckdb';

// The CDNOW files copied from shared/data (provenance in tests/fixtures/cdnow_README.md).
const fixture = (name: string) =>
	readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), 'utf8');

/** The raw text of tests/fixtures/cdnow_sample.csv. */
export const cdnowSampleCsv = () => fixture('cdnow_sample.csv');

/** The published calibration summary (ID, frequency, recency, T in weeks), ordered by ID. */
export function cdnowSummary(): RfmData & { id: Int32Array } {
	const rows = fixture('cdnow_customers_summary.csv').trim().split('\n').slice(1);
	const columns = rows.map((row) => row.split(',').map(Number));
	return {
		id: Int32Array.from(columns, (c) => c[0]!),
		x: Float64Array.from(columns, (c) => c[1]!),
		tx: Float64Array.from(columns, (c) => c[2]!),
		T: Float64Array.from(columns, (c) => c[3]!)
	};
}

/** The CDNOW purchase lines sorted by customer and day, as computeModelSummary takes them. */
export function cdnowPurchaseLog(): PurchaseLog {
	const lines = cdnowSampleCsv()
		.trim()
		.split('\n')
		.slice(1)
		.map((line) => line.split(','))
		.map(([id, date, , amount]) => ({
			id: Number(id),
			day: epochDay(date!),
			amount: Number(amount)
		}))
		.sort((u, v) => u.id - v.id || u.day - v.day);
	return {
		customer: Int32Array.from(lines, (l) => l.id),
		day: Int32Array.from(lines, (l) => l.day),
		amount: Float64Array.from(lines, (l) => l.amount)
	};
}

/** BG/NBD estimates published by Fader, Hardie & Lee (2005) for CDNOW, full precision. */
export const PUBLISHED_BGNBD = { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 };

/** Loads the CDNOW sample into `db` as table `name`, with the canonical transactions columns. */
export function loadCdnowTransactions(db: TestDb, name: string): void {
	db.registerText('cdnow_sample.csv', cdnowSampleCsv());
	db.rows(`CREATE TABLE ${name} AS
		SELECT CAST(customer_id AS VARCHAR) AS customer_id, CAST(order_date AS DATE) AS order_date,
			CAST(amount AS DOUBLE) AS amount, false AS is_return
		FROM read_csv('cdnow_sample.csv', header = true, columns = {
			'customer_id': 'INTEGER', 'order_date': 'DATE', 'quantity': 'INTEGER', 'amount': 'DOUBLE'
		})`);
}
