import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, parseBenchArgs, runsFor } from '../../../bench/args';
import { suffixIds } from '../../../bench/demo-lines';
import { scriptSections } from '../../../bench/script-sections';
import { median, medianRecord } from '../../../bench/stats';
import { comparisonTable, ratio, seconds } from '../../../bench/table';

describe('median', () => {
	it.each([
		[[3, 1, 2], 2],
		[[4, 1, 3, 2], 2.5],
		[[5], 5],
		[[], NaN],
		[[NaN, 7, 1], 4]
	])('%j → %d', (values, expected) => expect(median(values)).toBe(expected));

	it('takes each key of a record from the runs that have it', () => {
		expect(medianRecord([{ a: 1, b: 10 }, { a: 3 }, { a: 2, b: 30 }])).toEqual({ a: 2, b: 20 });
	});
});

describe('parseBenchArgs', () => {
	it('has the defaults the issue asks for', () => {
		expect(parseBenchArgs([])).toEqual(DEFAULT_OPTIONS);
		expect(DEFAULT_OPTIONS.sizes).toEqual([100_000, 1_000_000, 5_000_000]);
	});

	it('reads sizes, runs and switches', () => {
		const options = parseBenchArgs(['--sizes', '100000,1_000_000', '--runs', '1', '--no-native']);
		expect(options.sizes).toEqual([100_000, 1_000_000]);
		expect(options.runs).toBe(1);
		expect(options.native).toBe(false);
		expect(options.scatter).toBe(true);
		expect(parseBenchArgs(['--no-scatter']).scatter).toBe(false);
		expect(parseBenchArgs(['--out', '/tmp/models.json']).out).toBe('/tmp/models.json');
		expect(DEFAULT_OPTIONS.out).toBe('bench/results.json');
		expect(parseBenchArgs(['--sweep', '0', '--bgnbd', '0'])).toMatchObject({
			sweepCustomers: [],
			bgnbdCustomers: 0
		});
	});

	it.each([
		[['--runs', 'three'], 'invalid --runs: three'],
		[['--sizes'], 'invalid --sizes: missing value'],
		[['--fast'], 'invalid option: --fast']
	])('%j is refused', (argv, message) => {
		expect(() => parseBenchArgs(argv)).toThrow(message);
	});

	it('gives big files fewer runs', () => {
		const options = parseBenchArgs(['--runs', '3', '--big-runs', '1', '--big-size', '2000000']);
		expect(runsFor(options, 1_000_000)).toBe(3);
		expect(runsFor(options, 5_000_000)).toBe(1);
	});
});

describe('suffixIds', () => {
	it.each([
		[
			'100001,CU00700,2024-11-01 06:45:43,Yoga mat',
			'100001-3,CU00700-3,2024-11-01 06:45:43,Yoga mat'
		],
		// A cancellation keeps its C prefix; a guest keeps an empty customer id.
		['C100050,CU00012,2024-11-02,x', 'C100050-3,CU00012-3,2024-11-02,x'],
		['100002,,2024-11-01,x', '100002-3,,2024-11-01,x']
	])('%s', (line, expected) => expect(suffixIds(line, 3)).toBe(expected));
});

describe('scriptSections', () => {
	it('cuts a script at its section lines, leaving out the header', () => {
		const script = [
			'-- title',
			'',
			'-- ## read: read a.csv',
			'CREATE TABLE "src_1" AS SELECT 1;',
			'-- ## cell: cell 3: KPIs',
			'-- a note',
			'SELECT 2;'
		].join('\n');
		expect(scriptSections(script)).toEqual([
			{ phase: 'read', title: 'read a.csv', sql: 'CREATE TABLE "src_1" AS SELECT 1;\n' },
			{ phase: 'cell', title: 'cell 3: KPIs', sql: '-- a note\nSELECT 2;\n' }
		]);
	});
});

describe('the comparison table', () => {
	it('shows seconds, the ratio, and a dash for what was not measured', () => {
		expect(seconds(1234)).toBe('1.23');
		expect(ratio(4200, 1000)).toBe('4.2×');
		expect(ratio(4200, NaN)).toBe('–');
		expect(
			comparisonTable([
				{ lines: 1_000_000, phase: 'ingest', browserMs: 2500, nativeMs: 500 },
				{ lines: 1_000_000, phase: 'total', browserMs: 6000, nativeMs: NaN }
			])
		).toBe(
			[
				'| order lines | phase  | browser (s) | native DuckDB (s) | ratio |',
				'| ----------- | ------ | ----------: | ----------------: | ----: |',
				'| 1,000,000   | ingest |        2.50 |              0.50 |  5.0× |',
				'| 1,000,000   | total  |        6.00 |                 – |     – |'
			].join('\n')
		);
	});
});
