import { DataType, type Field, type RecordBatch, type Table } from 'apache-arrow';
import { ByteWriter, ParquetWriter, type ColumnSource } from 'hyparquet-writer';
import type { SchemaElement } from 'hyparquet';

/** Rows gathered from Arrow batches before they are written as one Parquet row group. */
export const PARQUET_ROW_GROUP_ROWS = 100_000;

const DAY_MS = 86_400_000;

/** How one Arrow column is written: its Parquet schema element and how a value converts. */
interface ColumnPlan {
	element: SchemaElement;
	convert: (value: unknown) => unknown;
}

const asNumber = (v: unknown) => (typeof v === 'bigint' ? Number(v) : Number(v));
const asBigInt = (v: unknown) => (typeof v === 'bigint' ? v : BigInt(Math.trunc(Number(v))));
// Arrow hands DATE and TIMESTAMP values over as epoch milliseconds.
const asDays = (v: unknown) => Math.floor(Number(v instanceof Date ? v.getTime() : v) / DAY_MS);
const asMillis = (v: unknown) => BigInt(Math.trunc(Number(v instanceof Date ? v.getTime() : v)));
const asText = (v: unknown) =>
	typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);

/** The Parquet column for an Arrow field; types Parquet has no plain form of are written as text. */
function planColumn(field: Field): ColumnPlan {
	const base = { name: field.name, repetition_type: 'OPTIONAL' as const };
	const type = field.type as DataType;
	if (DataType.isInt(type)) {
		const small = type.bitWidth < 32 || (type.bitWidth === 32 && type.isSigned);
		return small
			? { element: { ...base, type: 'INT32' }, convert: asNumber }
			: { element: { ...base, type: 'INT64' }, convert: asBigInt };
	}
	if (DataType.isFloat(type) || DataType.isDecimal(type)) {
		return { element: { ...base, type: 'DOUBLE' }, convert: asNumber };
	}
	if (DataType.isBool(type)) return { element: { ...base, type: 'BOOLEAN' }, convert: Boolean };
	if (DataType.isDate(type)) {
		return { element: { ...base, type: 'INT32', converted_type: 'DATE' }, convert: asDays };
	}
	if (DataType.isTimestamp(type)) {
		return {
			element: { ...base, type: 'INT64', converted_type: 'TIMESTAMP_MILLIS' },
			convert: asMillis
		};
	}
	return { element: { ...base, type: 'BYTE_ARRAY', converted_type: 'UTF8' }, convert: asText };
}

/** The values of one column of some batches, nulls kept as null. */
function columnValues(batches: readonly RecordBatch[], index: number, plan: ColumnPlan): unknown[] {
	const out: unknown[] = [];
	for (const batch of batches) {
		const vector = batch.getChildAt(index)!;
		for (let i = 0; i < vector.length; i++) {
			const value: unknown = vector.get(i);
			out.push(value === null || value === undefined ? null : plan.convert(value));
		}
	}
	return out;
}

/**
 * A Parquet file of an Arrow table: the table's batches are gathered into row groups of about
 * PARQUET_ROW_GROUP_ROWS and written one group at a time, so only one group's values are ever
 * held as JavaScript arrays. Snappy-compressed, with column statistics.
 */
export function arrowToParquet(table: Table, createdBy = 'Segmentbook'): Uint8Array {
	const fields = table.schema.fields;
	const plans = fields.map(planColumn);
	const schema: SchemaElement[] = [
		{ name: 'root', num_children: fields.length },
		...plans.map((p) => p.element)
	];
	const writer = new ByteWriter();
	const parquet = new ParquetWriter({ writer, schema, createdBy });
	let pending: RecordBatch[] = [];
	let pendingRows = 0;
	const flush = () => {
		if (pendingRows === 0) return;
		const columnData: ColumnSource[] = plans.map((plan, i) => ({
			name: fields[i]!.name,
			data: columnValues(pending, i, plan) as ColumnSource['data']
		}));
		void parquet.write({ columnData, rowGroupSize: pendingRows });
		pending = [];
		pendingRows = 0;
	};
	for (const batch of table.batches) {
		pending.push(batch);
		pendingRows += batch.numRows;
		if (pendingRows >= PARQUET_ROW_GROUP_ROWS) flush();
	}
	flush();
	void parquet.finish();
	return new Uint8Array(writer.getBuffer());
}
