// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import {
	flowTitle,
	lifecycleFlowOptions,
	stageLabel,
	type LifecycleFlowInput
} from '../../../src/charts/lifecycle-flow';

// Ten customers known on 2024-04-01: 2 first bought after 2024-01-01 (not yet known then), 5 were
// new (3 became active, 2 repeat) and 3 were active (1 stayed, 2 churned).
const input: LifecycleFlowInput = {
	pairs: [
		{ from_stage: 'unknown', to_stage: 'new', customers: 2, share_of_from: 1 },
		{ from_stage: 'new', to_stage: 'active', customers: 3, share_of_from: 0.6 },
		{ from_stage: 'new', to_stage: 'repeat', customers: 2, share_of_from: 0.4 },
		{ from_stage: 'active', to_stage: 'churned', customers: 2, share_of_from: 2 / 3 },
		{ from_stage: 'active', to_stage: 'active', customers: 1, share_of_from: 1 / 3 }
	],
	previousAsOf: '2024-01-01',
	asOf: '2024-04-01',
	measure: 'customers',
	width: 600
};

/** The bars as [from label, fill, width in px], in drawing order. */
function bars(svg: Element): { title: string; width: number; y: number }[] {
	return [...svg.querySelectorAll('[aria-label="bar"] rect')].map((r) => ({
		title: r.querySelector('title')?.textContent ?? '',
		width: Number(r.getAttribute('width')),
		y: Number(r.getAttribute('y'))
	}));
}

describe('lifecycleFlowOptions', () => {
	it('draws one bar per earlier stage, not-yet-known first, split by the later stage', () => {
		const options = lifecycleFlowOptions(input);
		expect((options.y as { domain: string[] }).domain).toEqual(['not yet known', 'new', 'active']);
		const svg = Plot.plot(options);
		const drawn = bars(svg);
		expect(drawn).toHaveLength(5);
		// Bars of one row share a y; the whole "new" row (5) is 5/2 as wide as "not yet known" (2).
		const rowWidth = (label: string) =>
			drawn.filter((b) => b.title.startsWith(label)).reduce((n, b) => n + b.width + 1, 0);
		expect(rowWidth('new on') / rowWidth('Not yet known')).toBeCloseTo(5 / 2, 1);
		expect(drawn.map((b) => b.title)).toContain(
			'active on 2024-01-01 → churned on 2024-04-01: 2 customers (66.7 % of them)'
		);
	});

	it('shows every bar at 100 % when asked for shares', () => {
		const svg = Plot.plot(lifecycleFlowOptions({ ...input, measure: 'share' }));
		const drawn = bars(svg);
		const rows = new Map<number, number>();
		for (const b of drawn) rows.set(b.y, (rows.get(b.y) ?? 0) + b.width + 1);
		const widths = [...rows.values()];
		expect(widths).toHaveLength(3);
		for (const w of widths) expect(w).toBeCloseTo(widths[0]!, 0);
	});

	it('has a colour legend of the later stage', () => {
		const options = lifecycleFlowOptions(input);
		expect(options.color?.legend).toBe(true);
		expect(options.color?.label).toBe('Stage on 2024-04-01');
	});

	it('refuses an empty flow', () => {
		expect(() => lifecycleFlowOptions({ ...input, pairs: [] })).toThrow('invalid pairs: none');
	});
});

describe('flowTitle and stageLabel', () => {
	it('words the not-yet-known stage and single customers', () => {
		expect(stageLabel('unknown')).toBe('not yet known');
		expect(
			flowTitle(
				{ from_stage: 'unknown', to_stage: 'new', customers: 1, share_of_from: 1 },
				'2024-01-01',
				'2024-04-01'
			)
		).toBe('Not yet known on 2024-01-01 → new on 2024-04-01: 1 customer (100.0 % of them)');
	});
});

describe('flowMatrix', () => {
	it('lays the pairs out as earlier × later stages with totals', async () => {
		const { flowMatrix } = await import('../../../src/panels/lifecycle/flow-matrix');
		const pairs = input.pairs.map((p, i) => ({ ...p, from_order: i, to_order: i })) as never[];
		const m = flowMatrix(pairs);
		expect(m.rows.map((r) => [r.from, r.total])).toEqual([
			['unknown', 2],
			['new', 5],
			['active', 3]
		]);
		expect(m.rows[1]!.cells.find((c) => c.to === 'active')).toEqual({
			to: 'active',
			customers: 3,
			share: 0.6
		});
		expect(m.columnTotals).toEqual([0, 2, 4, 2, 0, 0, 2]);
		expect(m.total).toBe(10);
	});
});

describe('the flow start date', () => {
	it('defaults to 90 days before the as-of date and keeps a chosen date', async () => {
		const { daysBefore, flowStart, lifecycleKind } =
			await import('../../../src/notebook/kinds/lifecycle');
		expect(daysBefore('2024-03-01', 1)).toBe('2024-02-29');
		const defaults = lifecycleKind.defaultOptions();
		expect(flowStart(defaults, '2026-11-01')).toBe('2026-08-03');
		expect(flowStart({ ...defaults, previousAsOf: '2026-01-01' }, '2026-11-01')).toBe('2026-01-01');
	});
});
