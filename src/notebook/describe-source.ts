import type { Table } from 'apache-arrow';
import { buildCountSql, buildDescribeSql, buildPreviewSql } from '../data/read-source-sql';
import type { SourceColumn, SourceTable } from '../data/types';
import type { CsvEngine } from './read-csv-source';

/** Reads a loaded table's columns, row count and first rows. */
export async function describeSource(
	engine: CsvEngine,
	table: string,
	fileName: string,
	sheet?: string
): Promise<{ source: SourceTable; preview: Table }> {
	const described = (await engine.query(buildDescribeSql(table))).toArray();
	const count = Number((await engine.query(buildCountSql(table))).get(0)?.['n'] ?? 0);
	const preview = await engine.query(buildPreviewSql(table, 20));
	const columns: SourceColumn[] = described.map((row) => {
		const name = String(row['column_name']);
		return { name, type: String(row['column_type']), samples: samplesOf(preview, name) };
	});
	return { source: { table, fileName, sheet, columns, rowCount: count }, preview };
}

function samplesOf(preview: Table, column: string): string[] {
	const vector = preview.getChild(column);
	if (!vector) return [];
	const values: string[] = [];
	for (let i = 0; i < vector.length && values.length < 8; i++) {
		const value: unknown = vector.get(i);
		if (value !== null && value !== undefined && value !== '') values.push(String(value));
	}
	return values;
}
