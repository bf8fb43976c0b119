import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureColumn } from '../../../src/models/feature-matrix';

/** The Mall Customers fixture as feature columns, and its gender column as strings. */
export function loadMall(): {
	income: FeatureColumn;
	score: FeatureColumn;
	age: FeatureColumn;
	genre: string[];
} {
	const url = new URL('../../fixtures/Mall_Customers.csv', import.meta.url);
	const [header, ...lines] = readFileSync(fileURLToPath(url), 'utf8').trim().split(/\r?\n/);
	const names = header!.split(',');
	const rows = lines.map((line) => line.split(','));
	const column = (name: string): FeatureColumn => {
		const at = names.indexOf(name);
		if (at < 0) throw new Error(`missing column ${name}`);
		return { name, values: Float64Array.from(rows, (row) => Number(row[at])) };
	};
	return {
		income: column('Annual Income (k$)'),
		score: column('Spending Score (1-100)'),
		age: column('Age'),
		genre: rows.map((row) => row[names.indexOf('Genre')]!)
	};
}
