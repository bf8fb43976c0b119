import { quoteLiteral } from '../sql/quote';

/** The 11 named RFM segments, best first. */
export const RFM_SEGMENT_NAMES = [
	'Champions',
	'Loyal',
	'Potential loyalists',
	'New customers',
	'Promising',
	'Need attention',
	'About to sleep',
	'At risk',
	"Can't lose them",
	'Hibernating',
	'Lost'
] as const;
export type RfmSegmentName = (typeof RFM_SEGMENT_NAMES)[number];

/** What a segment is and what to do for it (the panel's text). */
export interface RfmSegmentInfo {
	name: RfmSegmentName;
	description: string;
	action: string;
}

/** Each segment's short description and one-line recommended action, in RFM_SEGMENT_NAMES order. */
export const RFM_SEGMENTS: readonly RfmSegmentInfo[] = [
	seg(
		'Champions',
		'Bought recently, buy often and spend the most.',
		'Reward them: early access, loyalty perks, ask for reviews and referrals.'
	),
	seg(
		'Loyal',
		'Buy regularly and spend well; respond to promotions.',
		'Upsell higher-value products and enrol them in the loyalty programme.'
	),
	seg(
		'Potential loyalists',
		'Recent customers with average frequency and spend.',
		'Offer membership or a loyalty programme and recommend related products.'
	),
	seg(
		'New customers',
		'Bought very recently, for the first time or little so far.',
		'Onboard them well: welcome series, support, an early second-purchase offer.'
	),
	seg(
		'Promising',
		'Recent shoppers who have not bought much yet.',
		'Build brand awareness with free trials or samples of popular products.'
	),
	seg(
		'Need attention',
		'Average recency, frequency and spend; starting to drift.',
		'Send a limited-time offer and recommendations based on past purchases.'
	),
	seg(
		'About to sleep',
		'Below-average recency and frequency; will be lost without a nudge.',
		'Reconnect with popular products or a modest discount.'
	),
	seg(
		'At risk',
		'Bought often and spent well, but a long time ago.',
		'Send a personal win-back offer and ask what went wrong.'
	),
	seg(
		"Can't lose them",
		'Top frequency and spend in the past, no purchase for a long time.',
		'Win them back personally with the best offer; talk to them, do not lose them to a competitor.'
	),
	seg(
		'Hibernating',
		'Last bought long ago, rarely and for little.',
		'Offer other relevant products and special discounts; keep contact light.'
	),
	seg(
		'Lost',
		'Lowest recency, frequency and spend.',
		'Try one revival campaign, then stop spending on them.'
	)
];

function seg(name: RfmSegmentName, description: string, action: string): RfmSegmentInfo {
	return { name, description, action };
}

const [
	CHAMPIONS,
	LOYAL,
	POTENTIAL,
	NEW,
	PROMISING,
	ATTENTION,
	SLEEP,
	RISK,
	CANT_LOSE,
	HIBERNATING,
	LOST
] = RFM_SEGMENT_NAMES;

/**
 * The segment of every R score (rows, 1–5) × FM score (columns, 1–5): the widely used R×F map
 * (Champions 5×4–5, Loyal 3–4×4–5, Potential loyalists 4–5×2–3, New 5×1, Promising 4×1, Need
 * attention 3×3, About to sleep 3×1–2, At risk 1–2×3–4, Can't lose them 1–2×5, Hibernating
 * 1–2×1–2) read with FM in place of F, and its R1×FM1 corner split off as Lost.
 */
export const RFM_SEGMENT_MAP: readonly (readonly RfmSegmentName[])[] = [
	/* R1 */ [LOST, HIBERNATING, RISK, RISK, CANT_LOSE],
	/* R2 */ [HIBERNATING, HIBERNATING, RISK, RISK, CANT_LOSE],
	/* R3 */ [SLEEP, SLEEP, ATTENTION, LOYAL, LOYAL],
	/* R4 */ [PROMISING, POTENTIAL, POTENTIAL, LOYAL, LOYAL],
	/* R5 */ [NEW, POTENTIAL, POTENTIAL, CHAMPIONS, CHAMPIONS]
];

/** FM score: the mean of F and M rounded down, so a customer earns the higher grade in full. */
export function fmScore(f: number, m: number): number {
	return Math.floor((f + m) / 2);
}

/** The segment of an R score and an FM score (both integers 1–5). */
export function rfmSegmentOf(r: number, fm: number): RfmSegmentName {
	const segment = RFM_SEGMENT_MAP[r - 1]?.[fm - 1];
	if (!segment) throw new Error(`invalid RFM cell: ${r}×${fm}`);
	return segment;
}

/** SQL for fmScore over two INTEGER score expressions. */
export function fmScoreSql(f: string, m: string): string {
	return `((${f} + ${m}) // 2)`;
}

/** SQL CASE giving the segment name of INTEGER expressions `r` (R score) and `fm` (FM score). */
export function rfmSegmentSql(r: string, fm: string): string {
	// Each segment's cells as two-digit codes (54 = R5 × FM4), read off the map.
	const cases = RFM_SEGMENT_NAMES.map((name) => {
		const codes = RFM_SEGMENT_MAP.flatMap((row, i) =>
			row.flatMap((cell, j) => (cell === name ? [10 * (i + 1) + j + 1] : []))
		);
		return `WHEN ${r} * 10 + ${fm} IN (${codes.join(', ')}) THEN ${quoteLiteral(name)}`;
	});
	return `CASE ${cases.join(' ')} END`;
}
