import * as Plot from '@observablehq/plot';
import { t } from '../i18n/t';
import { localTickFormat } from './local-ticks';
import { formatCount, formatNumber } from '../ui/format';

/** One k of the sweep, as the charts need it. */
export interface KPoint {
	k: number;
	wss: number;
	silhouette: number;
}

/** What the two k charts draw. */
export interface KChartInput {
	points: readonly KPoint[];
	/** The k the rule suggests (highest mean silhouette). */
	suggestedK: number;
	/** The elbow of the WSS curve. */
	elbowK: number;
	/** The k the clusters were computed with. */
	chosenK: number;
	width: number;
}

const HEIGHT = 220;
// SVG presentation attributes cannot read CSS variables: --accent, --muted, and a warm mark.
const ACCENT = '#1f5f99';
const MUTED = '#5b6878';
const MARK = '#9a5b00';

/** Observable Plot options for the elbow chart: within-cluster sum of squares against k. */
export function elbowChartOptions(input: KChartInput): Plot.PlotOptions {
	const title = (p: KPoint) =>
		t('clusters.k.wssTip', { k: p.k, wss: formatNumber(p.wss, 1) }) +
		(p.k === input.elbowK ? t('clusters.k.theElbow') : '');
	return kChart(input, 'wss', t('clusters.k.wssAxis'), title, [
		Plot.dot(
			input.points.filter((p) => p.k === input.elbowK),
			{ x: 'k', y: 'wss', r: 8, stroke: MARK, strokeWidth: 1.5, fill: 'none' }
		),
		Plot.text(
			input.points.filter((p) => p.k === input.elbowK),
			{
				x: 'k',
				y: 'wss',
				text: () => t('clusters.k.elbowMark'),
				dx: 10,
				dy: -10,
				textAnchor: 'start',
				fill: MARK
			}
		)
	]);
}

/** Observable Plot options for the silhouette chart: mean silhouette against k. */
export function silhouetteChartOptions(input: KChartInput): Plot.PlotOptions {
	const title = (p: KPoint) =>
		t('clusters.k.silhouetteTip', { k: p.k, silhouette: formatNumber(p.silhouette, 3) }) +
		(p.k === input.suggestedK ? t('clusters.k.theSuggested') : '');
	return kChart(input, 'silhouette', t('clusters.k.silhouetteAxis'), title, []);
}

function kChart(
	input: KChartInput,
	y: 'wss' | 'silhouette',
	label: string,
	title: (p: KPoint) => string,
	extra: Plot.Markish[]
): Plot.PlotOptions {
	const { points, suggestedK, chosenK, width } = input;
	if (points.length === 0) throw new Error('invalid points: none');
	const drawn = points.filter((p) => Number.isFinite(p[y]));
	const chosen = drawn.filter((p) => p.k === chosenK);
	const ks = points.map((p) => p.k);
	return {
		width,
		height: HEIGHT,
		marginLeft: 70,
		marginTop: 30,
		x: {
			label: t('clusters.k.axis'),
			ticks: ks,
			tickFormat: (k: number) => formatCount(k),
			domain: [Math.min(...ks) - 0.3, Math.max(...ks) + 0.3]
		},
		y: { label, labelAnchor: 'center', grid: true, nice: true, tickFormat: localTickFormat(3) },
		marks: [
			Plot.ruleX([suggestedK], { stroke: MARK, strokeDasharray: '4 3' }),
			Plot.text([suggestedK], {
				x: (k: number) => k,
				// Above the frame, where no point can be; the y label runs along the axis instead.
				frameAnchor: 'top',
				text: () => t('clusters.k.suggestedMark', { k: suggestedK }),
				textAnchor: 'start',
				dx: -4,
				dy: -13,
				fill: MARK,
				fontWeight: 600
			}),
			Plot.line(drawn, { x: 'k', y, stroke: ACCENT, strokeWidth: 1.5 }),
			Plot.dot(drawn, { x: 'k', y, r: 3, fill: ACCENT, title }),
			Plot.dot(chosen, { x: 'k', y, r: 6, fill: ACCENT, stroke: 'white', strokeWidth: 2 }),
			...extra,
			Plot.tip(drawn, Plot.pointerX({ x: 'k', y, title, stroke: MUTED }))
		]
	};
}
