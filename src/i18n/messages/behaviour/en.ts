import type { Message } from '../../translate';

/** English texts of the behaviour panels. */
export const behaviourEn = {
	'behaviour.feature.complainer': 'Complainers',
	'behaviour.feature.returner': 'Returners',
	'behaviour.feature.discount_seeker': 'Discount seekers',
	'behaviour.feature.impulse_buyer': 'Impulse buyers',
	'behaviour.feature.full_price_buyer': 'Full-price buyers',
	'behaviour.feature.other': 'Other buyers',
	'behaviour.feature.journey_stage': 'Journey stage',
	'behaviour.feature.site_visitor': 'Site visitors',
	'behaviour.feature.email_responder': 'E-mail responders',
	'behaviour.feature.social_engager': 'Social engagers',
	'behaviour.feature.preferred_channel': 'Preferred channel',
	'behaviour.feature.visited': 'Visited',
	'behaviour.feature.evaluating': 'Evaluating',
	'behaviour.feature.deciding': 'Deciding',
	'behaviour.feature.purchased': 'Purchased',
	'behaviour.feature.post_purchase': 'Post-purchase',
	'behaviour.dim.behaviour_group': 'Behaviour group',
	'behaviour.dim.journey_stage': 'Journey stage',
	'behaviour.dim.flag': 'Online behaviour and flags',
	'behaviour.dim.preferred_channel': 'Preferred channel',
	'behaviour.base.behaviour_group':
		'Each buyer is in the first group that fits, in the order listed; shares are of buyers.',
	'behaviour.base.journey_stage':
		'The furthest step in the event window since the last purchase; shares are of customers with a stage.',
	'behaviour.base.flag':
		'A customer may carry several flags; shares are of everyone known (customers and prospects).',
	'behaviour.base.preferred_channel':
		'The channel of most orders (ties: the latest order); shares are of buyers with a channel.',
	'behaviour.basis.revenue': 'of their spend',
	'behaviour.basis.lines': 'of their order lines',
	'behaviour.rule.complainer':
		'A complaint ticket (kind containing “{kind}”) or a mean satisfaction ≤ {max}.',
	'behaviour.rule.returner': 'At least {share} of their order lines returned.',
	'behaviour.rule.discount_seeker': 'At least {share} {basis} discounted.',
	'behaviour.rule.impulse_buyer':
		"At least {share} of their tracked orders are single items bought within {minutes} minutes of the visit's first event.",
	'behaviour.rule.full_price_buyer': 'Never bought a discounted line.',
	'behaviour.rule.other': 'Buyers in none of the groups above.',
	'behaviour.rule.visited': 'Visited the site in the last {days} days since their last purchase.',
	'behaviour.rule.evaluating': 'Viewed products or added to the cart since their last purchase.',
	'behaviour.rule.deciding': 'Started a checkout since their last purchase.',
	'behaviour.rule.purchased': 'Last purchase at most 7 days ago, no activity since.',
	'behaviour.rule.post_purchase': 'Last purchase within the last {days} days, no activity since.',
	'behaviour.rule.is_site_visitor': 'A page or product view in the last {days} days.',
	'behaviour.rule.is_email_responder': 'An e-mail click or reply in the last {days} days.',
	'behaviour.rule.is_social_engager':
		'A social like, share, comment or follow in the last {days} days.',
	'behaviour.reason.tickets': 'needs support tickets with a kind or a satisfaction score',
	'behaviour.reason.returns': 'needs order lines flagged as returns',
	'behaviour.reason.discount': 'needs a discount column in the transactions',
	'behaviour.reason.impulseBoth':
		'needs events with site visits and orders with a time of day, not only a date',
	'behaviour.reason.impulseVisits': 'needs events with site visits',
	'behaviour.reason.impulseTimes': 'needs orders with a time of day, not only a date',
	'behaviour.reason.journey': 'needs events with visits, product views, carts or checkouts',
	'behaviour.reason.views': 'needs events with page or product views',
	'behaviour.reason.email': 'needs events with e-mail clicks',
	'behaviour.reason.social': 'needs events with social activity (likes, shares, comments)',
	'behaviour.reason.channel': 'needs a channel column in the transactions',
	'behaviour.asOf':
		'As of {date} · {buyers} buyers (an order before that day) · groups and flags are the `behaviour_group` and `is_…` columns of `customers`, under the thresholds below.',
	'behaviour.missing': 'Not computed, because the data does not hold what they need:',
	'behaviour.members.caption':
		'{rule} Customers on {date}, largest spend first. revenue: spend in {currency} before that day, returns excluded; every flag and measure the data allows is listed.',
	'behaviour.members.empty': 'No customers here.',
	'behaviour.running': 'Grouping the customers by behaviour…'
} satisfies Record<string, Message>;
