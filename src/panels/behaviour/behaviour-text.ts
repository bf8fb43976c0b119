import type {
	BehaviourCellOptions,
	BehaviourDimension,
	BehaviourSummaryRow
} from '../../notebook/kinds/behaviour';

import { t, isMessageKey } from '../../i18n/t';
import { formatNumber, formatPercent } from '../../ui/format';

// 35 %, 12.5 %: one decimal only when it is needed.
const pct = (fraction: number) => {
	const percent = Math.round(fraction * 1000) / 10;
	return formatPercent(percent / 100, Number.isInteger(percent) ? 0 : 1);
};

// Flags are the `is_…` columns of the groups and features they mark.
const featureOf = (name: string) => name.replace(/^is_/, '');

/** The plain name of a feature, group, stage or flag the behaviour lens computes, or null. */
export function featureLabel(name: string): string | null {
	const key = `behaviour.feature.${featureOf(name)}`;
	return isMessageKey(key) ? t(key) : null;
}

/** A value as people read it; values from the data (channels) stay as they are. */
export function valueLabel(dimension: BehaviourDimension, value: string): string {
	if (dimension === 'preferred_channel') return value;
	return featureLabel(value) ?? value;
}

/** The dimension tables, in their order. */
export const DIMENSIONS: readonly BehaviourDimension[] = [
	'behaviour_group',
	'journey_stage',
	'flag',
	'preferred_channel'
];

/** What a dimension table is called. */
export function dimensionTitle(dimension: BehaviourDimension): string {
	return t(`behaviour.dim.${dimension}`);
}

/** How a dimension table's shares are counted, for its caption. */
export function dimensionBase(dimension: BehaviourDimension): string {
	return t(`behaviour.base.${dimension}`);
}

// The reasons come from segments/behaviour-available.ts, written in English there.
const REASON_KEYS: Record<string, string> = {
	'needs support tickets with a kind or a satisfaction score': 'tickets',
	'needs order lines flagged as returns': 'returns',
	'needs a discount column in the transactions': 'discount',
	'needs events with site visits and orders with a time of day, not only a date': 'impulseBoth',
	'needs events with site visits': 'impulseVisits',
	'needs orders with a time of day, not only a date': 'impulseTimes',
	'needs events with visits, product views, carts or checkouts': 'journey',
	'needs events with page or product views': 'views',
	'needs events with e-mail clicks': 'email',
	'needs events with social activity (likes, shares, comments)': 'social',
	'needs a channel column in the transactions': 'channel'
};

/** Why a feature could not be computed, in the interface language. */
export function reasonText(reason: string): string {
	const key = `behaviour.reason.${REASON_KEYS[reason] ?? ''}`;
	return isMessageKey(key) ? t(key) : reason;
}

/** The summary rows of one dimension, in their order. */
export function rowsOf(rows: readonly BehaviourSummaryRow[], dimension: BehaviourDimension) {
	return rows
		.filter((r) => r.dimension === dimension)
		.sort((a, b) => a.value_order - b.value_order);
}

/** How each group, stage and flag is decided under the cell's thresholds, in a sentence. */
export function valueRule(value: string, o: BehaviourCellOptions): string {
	const days = o.eventWindowDays;
	// The group flags (is_returner) share their group's rule; the online flags have their own.
	const online = ['is_site_visitor', 'is_email_responder', 'is_social_engager'];
	const name = online.includes(value) ? value : featureOf(value);
	switch (name) {
		case 'complainer':
			return t('behaviour.rule.complainer', {
				kind: o.complaintKind,
				max: formatNumber(o.maxSatisfaction, 2)
			});
		case 'returner':
			return t('behaviour.rule.returner', { share: pct(o.returnerShare) });
		case 'discount_seeker':
			return t('behaviour.rule.discount_seeker', {
				share: pct(o.discountSeekerShare),
				basis: t(
					o.discountBasis === 'revenue' ? 'behaviour.basis.revenue' : 'behaviour.basis.lines'
				)
			});
		case 'impulse_buyer':
			return t('behaviour.rule.impulse_buyer', {
				share: pct(o.impulseShare),
				minutes: o.impulseMinutes
			});
		case 'full_price_buyer':
		case 'other':
		case 'evaluating':
		case 'deciding':
		case 'purchased':
			return t(`behaviour.rule.${name}`);
		case 'visited':
		case 'post_purchase':
		case 'is_site_visitor':
		case 'is_email_responder':
		case 'is_social_engager':
			return t(`behaviour.rule.${name}`, { days });
		default:
			return '';
	}
}

/** The largest value of a list, at least 1 (to scale bars). */
export function barScale(values: readonly number[]): number {
	return Math.max(1, ...values);
}

/** An index vs base as over (≥ 120), under (≤ 80) or even, for highlighting. */
export function indexLevel(index: number | null): 'over' | 'under' | 'even' {
	if (index === null || !Number.isFinite(index)) return 'even';
	if (index >= 120) return 'over';
	if (index <= 80) return 'under';
	return 'even';
}
