import * as Plot from '@observablehq/plot';
import { t } from '../i18n/t';
import { formatDate, formatPercent } from '../ui/format';
import { localTickFormat } from './local-ticks';

/** The stages in the order customers live through them, as the chart's colour legend lists them. */
export const LIFECYCLE_STAGE_ORDER = [
	'prospect',
	'new',
	'active',
	'repeat',
	'loyal',
	'lapsing',
	'churned'
] as const;

/** The "from" stage of someone not known on the earlier date (LIFECYCLE_NOT_KNOWN). */
export const NOT_KNOWN_STAGE = 'unknown';

// SVG presentation attributes cannot read CSS variables, so the colours are spelled out: greys for
// people without orders, blues growing darker with the relationship, warm for those drifting off.
/** One colour per lifecycle stage, shared by the stage table and the flow chart. */
export const LIFECYCLE_STAGE_COLORS: Record<string, string> = {
	prospect: '#b8c0cc',
	new: '#9fd0c7',
	active: '#6f9fcc',
	repeat: '#3f7fbf',
	loyal: '#1f4f85',
	lapsing: '#e0a040',
	churned: '#c0504d'
};

/** How a stage is named in the chart and table: "not yet known" for the unknown "from" stage. */
export function stageLabel(stage: string): string {
	return (LIFECYCLE_STAGE_ORDER as readonly string[]).includes(stage) || stage === NOT_KNOWN_STAGE
		? t(`lifecycle.stage.${stage as (typeof LIFECYCLE_STAGE_ORDER)[number] | 'unknown'}`)
		: stage;
}

/** One non-empty (from, to) pair of the flow. */
export interface FlowPair {
	from_stage: string;
	to_stage: string;
	customers: number;
	/** Fraction (0..1) of everyone in from_stage on the earlier date. */
	share_of_from: number;
}

/** What the flow chart draws. */
export interface LifecycleFlowInput {
	pairs: readonly FlowPair[];
	previousAsOf: string;
	asOf: string;
	/** Bars as customer counts, or as shares of each "from" stage (every bar 100 %). */
	measure: 'customers' | 'share';
	width: number;
}

/** The tooltip of one bar segment, in words. */
export function flowTitle(pair: FlowPair, previousAsOf: string, asOf: string): string {
	const before = formatDate(previousAsOf);
	const from =
		pair.from_stage === NOT_KNOWN_STAGE
			? t('lifecycle.chart.fromUnknown', { before })
			: t('lifecycle.chart.from', { stage: stageLabel(pair.from_stage), before });
	return t('lifecycle.chart.bar', {
		from,
		to: stageLabel(pair.to_stage),
		date: formatDate(asOf),
		count: pair.customers,
		share: formatPercent(pair.share_of_from)
	});
}

/**
 * Observable Plot options for the lifecycle flow: one horizontal bar per stage on the earlier
 * date (those not yet known first), split and coloured by the stage the same customers are in on
 * the later date, in customers or in % of the bar's stage.
 */
export function lifecycleFlowOptions(input: LifecycleFlowInput): Plot.PlotOptions {
	const { pairs, previousAsOf, asOf, measure, width } = input;
	if (pairs.length === 0) throw new Error('invalid pairs: none');
	const fromOrder = [NOT_KNOWN_STAGE, ...LIFECYCLE_STAGE_ORDER];
	const present = new Set(pairs.map((p) => p.from_stage));
	const rows = fromOrder.filter((s) => present.has(s));
	const toOrder = (stage: string) => LIFECYCLE_STAGE_ORDER.indexOf(stage as never);
	const data = [...pairs]
		.sort((a, b) => toOrder(a.to_stage) - toOrder(b.to_stage))
		.map((p) => ({
			from: stageLabel(p.from_stage),
			to: p.to_stage,
			value: measure === 'share' ? p.share_of_from * 100 : p.customers,
			title: flowTitle(p, previousAsOf, asOf)
		}));
	const before = formatDate(previousAsOf);
	const date = formatDate(asOf);
	return {
		width,
		height: 40 + rows.length * 30,
		marginLeft: 100,
		marginRight: 20,
		x: {
			label:
				measure === 'share'
					? t('lifecycle.chart.xShare', { before })
					: t('lifecycle.chart.xCustomers', { before, date }),
			grid: true,
			tickFormat: localTickFormat(0),
			...(measure === 'share' ? { domain: [0, 100] } : {})
		},
		y: { domain: rows.map(stageLabel), label: t('lifecycle.chart.y', { before }) },
		color: {
			legend: true,
			domain: [...LIFECYCLE_STAGE_ORDER],
			range: LIFECYCLE_STAGE_ORDER.map((s) => LIFECYCLE_STAGE_COLORS[s]!),
			label: t('lifecycle.chart.colour', { date }),
			tickFormat: stageLabel
		},
		marks: [
			Plot.barX(data, {
				y: 'from',
				x: 'value',
				fill: 'to',
				order: [...LIFECYCLE_STAGE_ORDER],
				title: 'title',
				inset: 0.5
			}),
			Plot.ruleX([0])
		]
	};
}
