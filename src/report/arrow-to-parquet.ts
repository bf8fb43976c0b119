import { DataType, type Field, type RecordBatch, type Schema, type Table } from 'apache-arrow';
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
 * Writes a Parquet file from Arrow batches as they arrive: they are gathered into row groups of
 * about PARQUET_ROW_GROUP_ROWS and each group is written when full, so only one group's values are
 * ever held as JavaScript arrays. Snappy-compressed, with column statistics.
 */
export class ParquetBatchWriter {
	readonly #fields: Field[];
	readonly #plans: ColumnPlan[];
	readonly #writer = new ByteWriter();
	readonly #parquet: ParquetWriter;
	#pending: RecordBatch[] = [];
	#pendingRows = 0;

	constructor(schema: Schema, createdBy = 'Segmentbook') {
		this.#fields = schema.fields;
		this.#plans = this.#fields.map(planColumn);
		const elements: SchemaElement[] = [
			{ name: 'root', num_children: this.#fields.length },
			...this.#plans.map((p) => p.element)
		];
		this.#parquet = new ParquetWriter({ writer: this.#writer, schema: elements, createdBy });
	}

	/** Adds a batch of the schema's columns; writes a row group when enough rows are gathered. */
	add(batch: RecordBatch): void {
		if (batch.numCols !== this.#fields.length) {
			throw new Error(
				`invalid batch: ${batch.numCols} columns, the file has ${this.#fields.length}`
			);
		}
		this.#pending.push(batch);
		this.#pendingRows += batch.numRows;
		if (this.#pendingRows >= PARQUET_ROW_GROUP_ROWS) this.#flush();
	}

	/** Writes the last row group and the footer; returns the file. */
	finish(): Uint8Array {
		this.#flush();
		void this.#parquet.finish();
		return new Uint8Array(this.#writer.getBuffer());
	}

	#flush(): void {
		if (this.#pendingRows === 0) return;
		const columnData: ColumnSource[] = this.#plans.map((plan, i) => ({
			name: this.#fields[i]!.name,
			data: columnValues(this.#pending, i, plan) as ColumnSource['data']
		}));
		void this.#parquet.write({ columnData, rowGroupSize: this.#pendingRows });
		this.#pending = [];
		this.#pendingRows = 0;
	}
}

/** A Parquet file of a whole Arrow table (see ParquetBatchWriter). */
export function arrowToParquet(table: Table, createdBy = 'Segmentbook'): Uint8Array {
	const writer = new ParquetBatchWriter(table.schema, createdBy);
	for (const batch of table.batches) writer.add(batch);
	return writer.finish();
}
