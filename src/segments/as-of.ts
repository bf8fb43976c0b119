import { quoteLiteral } from '../sql/quote';

/** What every segmentation builder takes: the day the picture is drawn for. */
export interface AsOfOptions {
	/** ISO `yyyy-mm-dd`. Orders dated on or after it are ignored; recency counts days up to it. */
	asOf: string;
}

/** The as-of date as a DuckDB DATE literal; throws `invalid asOf: …` unless a real ISO day. */
export function asOfDateSql(asOf: string): string {
	const day = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? new Date(`${asOf}T00:00:00Z`) : null;
	// Date accepts 2024-02-30 (as 1 March); the round trip rejects it.
	if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== asOf) {
		throw new Error(`invalid asOf: ${asOf}`);
	}
	return `DATE ${quoteLiteral(asOf)}`;
}

/**
 * SQL giving one row, `as_of_date` (DATE): the day after the last order date in `transactions`,
 * the default as-of date; NULL when there are no transactions.
 */
export function buildDefaultAsOfSql(): string {
	return 'SELECT CAST(max(order_date) + 1 AS DATE) AS as_of_date FROM transactions';
}

/**
 * CTE `sales`: the order lines that count on the as-of date (customer_id, order_id, order_date,
 * amount), i.e. non-return lines of known customers dated before it.
 */
export function salesCteSql(asOf: string): string {
	// Returns stay in `transactions` for the return lens; they never add orders or spend.
	return `sales AS (
	SELECT customer_id, order_id, order_date, amount
	FROM transactions
	WHERE order_date < ${asOfDateSql(asOf)} AND is_return IS NOT TRUE AND customer_id IS NOT NULL
)`;
}
