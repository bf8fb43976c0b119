import * as Plot from '@observablehq/plot';
import { t } from '../i18n/t';
import { formatCount, formatPercent } from '../ui/format';

/** One point of the Pareto curve: the `customers` largest spenders and their share of revenue. */
export interface ParetoPoint {
	customers: number;
	/** Fraction of buyers (0..1). */
	customer_share: number;
	/** Cumulative fraction of revenue (0..1). */
	revenue_share: number;
}

/** Where a tier ends on the curve: its last customer, counted from the largest spender. */
export interface TierBoundary {
	/** The tier that ends here ('high', 'mid'). */
	tier: string;
	/** Buyers in this tier and every tier above it. */
	customers: number;
	/** Fraction of buyers in this tier and above (0..1). */
	customerShare: number;
	/** Fraction of revenue from this tier and above (0..1). */
	revenueShare: number;
}

/** What the Pareto chart draws. */
export interface ParetoChartInput {
	points: readonly ParetoPoint[];
	/** The top group of the headline, in percent of buyers (20 for 80/20). */
	topPercent: number;
	/** Fraction of revenue from the top `topPercent` % of buyers. */
	topRevenueShare: number;
	/** Buyers in the top group: ceil(topPercent % × buyers). */
	topCustomers: number;
	boundaries: readonly TierBoundary[];
	width: number;
}

const HEIGHT = 340;
const MARGIN = { top: 20, right: 24, bottom: 40, left: 50 };
// SVG presentation attributes cannot read CSS variables: --accent, --muted, --warn.
const ACCENT = '#1f5f99';
const MUTED = '#5b6878';
const MARK = '#9a5b00';

/** Buyers in the top `topPercent` % by spend, rounded up as the Pareto SQL does. */
export function topGroupSize(buyers: number, topPercent: number): number {
	return Math.floor((buyers * topPercent + 99) / 100);
}

/** The chart's one-line headline: "The top 20 % of customers make 61.3 % of revenue". */
export function paretoHeadline(topPercent: number, topRevenueShare: number): string {
	return t('tiers.pareto.headline', { top: topPercent, share: formatPercent(topRevenueShare) });
}

/** The on-screen angle of the diagonal, in degrees, from the frame's inner size. */
function diagonalAngle(width: number): number {
	const inner = {
		width: width - MARGIN.left - MARGIN.right,
		height: HEIGHT - MARGIN.top - MARGIN.bottom
	};
	return (Math.atan2(inner.height, inner.width) * 180) / Math.PI;
}

const pct = (fraction: number) => fraction * 100;
const tierName = (tier: string) =>
	tier === 'high' || tier === 'mid' || tier === 'low'
		? t(`tier.${tier}`)
		: tier.charAt(0).toUpperCase() + tier.slice(1);

/**
 * Observable Plot options for the Pareto curve: cumulative share of revenue against share of
 * customers (largest spenders first), both in %, with the line of equality, the top-group point
 * (80/20) and the ends of the high and mid tiers marked.
 */
export function paretoChartOptions(input: ParetoChartInput): Plot.PlotOptions {
	const { points, topPercent, topRevenueShare, topCustomers, boundaries, width } = input;
	if (points.length === 0) throw new Error('invalid points: none');
	const curve = points.map((p) => ({
		x: pct(p.customer_share),
		y: pct(p.revenue_share),
		title: t('tiers.pareto.point', {
			count: p.customers,
			customers: formatPercent(p.customer_share),
			revenue: formatPercent(p.revenue_share)
		})
	}));
	const top = {
		x: topPercent,
		y: pct(topRevenueShare),
		title: t('tiers.pareto.topPoint', {
			headline: paretoHeadline(topPercent, topRevenueShare),
			count: topCustomers
		})
	};
	const ends = boundaries.map((b) => ({
		x: pct(b.customerShare),
		y: pct(b.revenueShare),
		label: t('tiers.pareto.ends', { tier: tierName(b.tier) }),
		title: t('tiers.pareto.endsTitle', {
			tier: tierName(b.tier),
			count: b.customers,
			customers: formatPercent(b.customerShare),
			revenue: formatPercent(b.revenueShare)
		})
	}));
	return {
		width,
		height: HEIGHT,
		marginTop: MARGIN.top,
		marginRight: MARGIN.right,
		marginBottom: MARGIN.bottom,
		marginLeft: MARGIN.left,
		x: { domain: [0, 100], label: t('tiers.pareto.x'), grid: true, tickFormat: formatCount },
		y: { domain: [0, 100], label: t('tiers.pareto.y'), grid: true, tickFormat: formatCount },
		marks: [
			Plot.line(
				[
					{ x: 0, y: 0 },
					{ x: 100, y: 100 }
				],
				{ x: 'x', y: 'y', stroke: MUTED, strokeDasharray: '4 4', strokeWidth: 1 }
			),
			Plot.text([{ x: 62, y: 62 }], {
				x: 'x',
				y: 'y',
				text: () => t('tiers.pareto.equality'),
				rotate: -diagonalAngle(width),
				dy: 10,
				fill: MUTED,
				fontSize: 10
			}),
			Plot.ruleX(ends, { x: 'x', y1: 0, y2: 'y', stroke: MUTED, strokeDasharray: '2 3' }),
			Plot.text(ends, {
				x: 'x',
				y: 'y',
				text: 'label',
				textAnchor: 'start',
				dx: 6,
				dy: 10,
				fill: MUTED,
				fontSize: 10
			}),
			Plot.line(curve, { x: 'x', y: 'y', stroke: ACCENT, strokeWidth: 2 }),
			// Marked points carry a native tooltip; the pointer tip follows the curve alone, so two
			// tips never overlap.
			Plot.dot(ends, { x: 'x', y: 'y', r: 4, fill: 'white', stroke: MUTED, title: 'title' }),
			Plot.ruleX([top], { x: 'x', y1: 0, y2: 'y', stroke: MARK, strokeDasharray: '3 3' }),
			Plot.ruleY([top], { y: 'y', x1: 0, x2: 'x', stroke: MARK, strokeDasharray: '3 3' }),
			Plot.dot([top], { x: 'x', y: 'y', r: 5, fill: MARK, title: 'title' }),
			Plot.text([top], {
				x: 'x',
				y: 'y',
				text: (d: typeof top) =>
					t('tiers.pareto.topLabel', { top: topPercent, share: formatPercent(d.y / 100) }),
				textAnchor: 'end',
				dx: -8,
				dy: -8,
				fill: MARK,
				fontWeight: 600
			}),
			Plot.tip(curve, Plot.pointerX({ x: 'x', y: 'y', title: 'title' }))
		]
	};
}
