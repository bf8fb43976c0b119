import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanTableName } from '../../../../src/data/clean-sql';
import type { SetAsideReason } from '../../../../src/data/types';
import type { TextEncoding } from '../../../../src/engine/readers/text-sniff';
import { quoteIdent } from '../../../../src/sql/quote';
import { openTestDb, type TestDb } from '../../node-duckdb';
import { ingestBytes, ingestFixture } from './ingest-pipeline';
import { sourceErrorText } from '../../../../src/panels/source-error-text';

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

// Each fixture is described in tests/fixtures/messy/make-fixtures.mjs, where its answers are
// worked out by hand.
interface Loads {
	file: string;
	encoding?: TextEncoding;
	read: number;
	kept: number;
	setAside?: Partial<Record<SetAsideReason, number>>;
	/** Sum of the kept order lines' amounts. */
	revenue: number;
	/** Kept dates, first → last. */
	dates?: [string, string];
	/** A value of the kept rows: `column` of the row whose customer_id is `customer`. */
	value?: { customer: string; column: string; expected: string };
	/** Text the notes about reading must hold. */
	notes?: string[];
}

const loads: Loads[] = [
	{
		file: 'quoted.csv',
		read: 3,
		kept: 3,
		revenue: 35.75,
		value: { customer: 'C2', column: 'product', expected: 'Poster\ntwo lines' }
	},
	{
		file: 'semicolon-euro.csv',
		read: 4,
		kept: 3,
		setAside: { non_positive: 1 },
		revenue: 1250.06,
		dates: ['2024-01-05', '2024-01-07']
	},
	{ file: 'tab-dollar.tsv', encoding: 'utf-8', read: 3, kept: 3, revenue: 1254.06 },
	{ file: 'pipe-spaces.txt', read: 4, kept: 4, revenue: 6750.81 },
	{ file: 'utf8-bom.csv', encoding: 'utf-8', read: 3, kept: 3, revenue: 60 },
	{
		file: 'utf16le.csv',
		encoding: 'utf-16le',
		read: 3,
		kept: 3,
		revenue: 19.75,
		value: { customer: 'N1', column: 'product', expected: 'Phở bò' }
	},
	{
		file: 'utf16be.csv',
		encoding: 'utf-16be',
		read: 3,
		kept: 3,
		revenue: 19.75,
		value: { customer: 'N2', column: 'product', expected: 'Zoë’s tea' }
	},
	{
		file: 'windows-1252.csv',
		encoding: 'windows-1252',
		read: 3,
		kept: 3,
		revenue: 1019.5,
		value: { customer: 'F1', column: 'product', expected: 'Crème brûlée' }
	},
	{
		file: 'windows-1256.csv',
		encoding: 'windows-1256',
		read: 3,
		kept: 3,
		revenue: 245.5,
		value: { customer: 'A2', column: 'product', expected: 'شاي بالنعناع' }
	},
	{ file: 'mixed-endings.csv', read: 4, kept: 4, revenue: 100 },
	{
		file: 'ragged.csv',
		read: 5,
		kept: 3,
		setAside: { malformed_line: 2 },
		revenue: 100
	},
	{
		file: 'duplicate-headers.csv',
		read: 2,
		kept: 2,
		revenue: 30,
		notes: [
			'“amount” appears 2 times in the header (columns 4, 5): they are called “amount”, “amount_1”.',
			'Column 6 has no name in the header: it is called “column5”.'
		]
	},
	{
		file: 'mixed-dates.csv',
		read: 9,
		kept: 8,
		setAside: { unparsable_date: 1 },
		revenue: 80,
		dates: ['2024-01-15', '2024-03-20'],
		notes: [
			'“order_date”: 4 dates written day or month first read as day/month/year; 2 dates of them could also be month/day/year (e.g. 03/04) and were read as day/month/year; 3 dates written year first (ISO) also read; 1 value read as Excel serial day numbers (45292 = 2024-01-01).'
		]
	},
	{
		file: 'us-dates.csv',
		read: 4,
		kept: 4,
		revenue: 20,
		dates: ['2023-01-31', '2023-12-25'],
		notes: ['read as month/day/year; 1 date of them could also be day/month/year']
	},
	{
		file: 'excel-serial.csv',
		read: 4,
		kept: 3,
		setAside: { unparsable_date: 1 },
		revenue: 60,
		dates: ['2024-01-01', '2024-02-28'],
		notes: ['“order_date”: numbers read as Excel serial day numbers']
	},
	{
		file: 'windows-1252-semicolon.csv',
		encoding: 'windows-1252',
		read: 4,
		kept: 3,
		setAside: { non_positive: 1 },
		revenue: 1254.31,
		dates: ['2024-01-15', '2024-01-18'],
		value: { customer: 'F1', column: 'product', expected: 'Crème brûlée' }
	},
	{
		file: 'blank-header-trailing.csv',
		read: 3,
		kept: 3,
		revenue: 60,
		notes: ['Column 2 has no name in the header: it is called “column1”.']
	},
	{ file: 'cr-only.csv', read: 3, kept: 3, revenue: 18, dates: ['2024-03-01', '2024-03-03'] },
	{
		file: 'quoted-newlines-ragged.csv',
		read: 4,
		kept: 3,
		setAside: { malformed_line: 1 },
		revenue: 35.5,
		value: { customer: 'Q2', column: 'product', expected: 'Poster, "A2"\nframed' }
	},
	{
		file: 'excel-serial.xlsx',
		read: 4,
		kept: 3,
		setAside: { unparsable_date: 1 },
		revenue: 60,
		dates: ['2024-01-01', '2024-03-01']
	}
];

describe('messy files load with the right result, and read = kept + set aside', () => {
	it.each(loads)('$file', async (c) => {
		const table = 'src_' + c.file.replace(/\W/g, '_');
		const entry = await ingestFixture(db, table, c.file);
		expect(entry.reportError).toBeUndefined();
		const report = entry.report!;
		expect(entry.mapping?.kind).toBe('transactions');
		if (c.encoding) expect(entry.encoding).toBe(c.encoding);
		expect({ read: report.read, kept: report.kept, setAside: report.setAside }).toEqual({
			read: c.read,
			kept: c.kept,
			setAside: c.setAside ?? {}
		});
		const setAside = Object.values(report.setAside).reduce((a, b) => a + b, 0);
		expect(report.kept + setAside).toBe(report.read);

		const clean = quoteIdent(cleanTableName(table));
		const [sum] = db.rows<{ revenue: number }>(
			`SELECT sum(amount) AS revenue FROM ${clean} WHERE _reason IS NULL`
		);
		expect(sum!.revenue).toBeCloseTo(c.revenue, 6);
		if (c.dates) expect([report.firstDate, report.lastDate]).toEqual(c.dates);
		if (c.value) {
			const [row] = db.rows<{ v: string }>(
				`SELECT ${quoteIdent(c.value.column)} AS v FROM ${clean} WHERE customer_id = '${c.value.customer}'`
			);
			expect(row?.v).toBe(c.value.expected);
		}
		const notes = [...(entry.readNotes ?? []), ...entry.formatNotes].join('\n');
		for (const note of c.notes ?? []) expect(notes).toContain(note);
	});
});

describe('messy files that cannot load say why, naming the file', () => {
	const failures: [string, RegExp][] = [
		[
			'header-only.csv',
			/^Could not read “header-only\.csv”: line 1 is a header \(customer_id, order_id, order_date, amount\) and no data lines follow it\.$/
		],
		[
			'blank-lines.csv',
			/^Could not read “blank-lines\.csv”: it holds no text, only blank lines: there is no header and no data\.$/
		],
		// 89 'P' 'N' 'G' \r \n 1A: the seventh byte, on line 2, is a control character.
		[
			'image-renamed.csv',
			/^Could not read “image-renamed\.csv”: this is not a text table: it looks like a PNG image \(line 2, byte 7 is not text\)\. Nothing was loaded from it\.$/
		],
		['zero-bytes.csv', /^Could not read “zero-bytes\.csv”: the file is empty \(0 bytes\)$/]
	];
	it.each(failures)('%s', async (file, message) => {
		const error = await ingestFixture(db, 'src_bad', file).then(
			() => null,
			(e: Error) => e
		);
		expect(error).toBeInstanceOf(Error);
		// As the source card shows it: the file's name, then the reason.
		expect(sourceErrorText(file, error!.message)).toMatch(message);
	});
});

describe('an amount with two thousands groups', () => {
	const cases: [string, string, string][] = [
		[
			'European, semicolons',
			'dots-comma.csv',
			'customer_id;order_id;order_date;amount\nG1;O1;2024-05-01;1.234.567,89\nG2;O2;2024-05-02;2.000,50\n'
		],
		[
			'English, quoted',
			'commas-dot.csv',
			'customer_id,order_id,order_date,amount\nG1,O1,2024-05-01,"1,234,567.89"\nG2,O2,2024-05-02,"2,000.50"\n'
		]
	];
	it.each(cases)('%s: 1,234,567.89 read as one number', async (_, file, text) => {
		const table = 'src_' + file.replace(/\W/g, '_');
		const entry = await ingestBytes(db, table, file, Buffer.from(text));
		expect(entry.report).toMatchObject({ read: 2, kept: 2, setAside: {} });
		const amounts = db.rows<{ amount: number }>(
			`SELECT amount FROM ${quoteIdent(cleanTableName(table))} ORDER BY customer_id`
		);
		expect(amounts.map((r) => r.amount)).toEqual([1234567.89, 2000.5]);
	});
});

describe('ragged rows', () => {
	it('are set aside with their line numbers and text', async () => {
		const entry = await ingestFixture(db, 'src_ragged', 'ragged.csv');
		expect(entry.malformed).toEqual({
			count: 2,
			lines: [
				{ line: 3, problem: 'Expected Number of Columns: 4 Found: 3', text: 'C2,O2,2024-09-02' },
				{
					line: 4,
					problem: 'Expected Number of Columns: 4 Found: 5',
					text: 'C3,O3,2024-09-03,30,extra'
				}
			]
		});
	});
});

describe('a chosen encoding', () => {
	it('overrides the detected one', async () => {
		const entry = await ingestFixture(db, 'src_enc', 'windows-1256.csv', 'windows-1252');
		expect(entry.detectedEncoding).toBe('windows-1256');
		expect(entry.encoding).toBe('windows-1252');
		// Read as Western European, the Persian header is no longer "amount": nothing is lost,
		// the mapping just cannot find the amount.
		expect(entry.source?.columns.map((c) => c.name)).toContain('ãÈáÛ');
	});
});

describe('a Windows-1252 byte past the first 64 KB', () => {
	it('makes the whole file read as Windows-1252, nothing set aside', async () => {
		// 3,000 ASCII lines (about 90 KB) read straight from disk until DuckDB meets "Crème".
		const lines = Array.from({ length: 3000 }, (_, i) => `C${i},O${i},2024-01-01,1.00\n`);
		const bytes = Buffer.concat([
			Buffer.from('customer_id,order_id,order_date,amount\n'),
			Buffer.from(lines.join('')),
			// "Crème" with è as the single byte 0xE8: not UTF-8.
			Buffer.from('Cr'),
			Buffer.from([0xe8]),
			Buffer.from('me,O9999,2024-01-02,2.50\n')
		]);
		expect(bytes.length).toBeGreaterThan(64 * 1024);
		const entry = await ingestBytes(db, 'src_late', 'late.csv', bytes);
		expect(entry.encoding).toBe('windows-1252');
		expect(entry.report).toMatchObject({ read: 3001, kept: 3001, setAside: {} });
		const [row] = db.rows<{ n: number }>(
			`SELECT count(*) AS n FROM clean_src_late WHERE customer_id = 'Crème' AND amount = 2.5`
		);
		expect(row?.n).toBe(1);
	});
});
