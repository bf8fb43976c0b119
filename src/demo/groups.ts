import { Weights } from './random';

/** The behaviour groups hidden in the demo data, and people who never bought. */
export type BuyerGroup =
	'loyal' | 'hunter' | 'oneTime' | 'lapsed' | 'newcomer' | 'complainer' | 'occasional';
export type Group = BuyerGroup | 'prospect';

/** How a group behaves; every number is a tendency, the generator draws around it. */
export interface GroupProfile {
	/** People in the group (5,000 buyers and 1,000 prospects in all). */
	count: number;
	/** Mean age, and how far education (and so income) leans up (+) or down (−). */
	age: number;
	education: number;
	/** Longest time from signup to first order, in days. */
	signupLag: number;
	/** Channel mix: web, app, store, phone. */
	channels: readonly number[];
	/** Weights of 1, 2, 3, 4, 5 and 6 lines per order. */
	lines: Weights;
	/** Chance that a line is discounted outside a sale and during one. */
	discount: readonly [number, number];
	/** Price position inside a product's range: below 1 leans to the expensive end. */
	priceSkew: number;
	/** Multiplier on a category's return rate. */
	returns: number;
	/** Chance that a line comes from the person's favourite category. */
	focus: number;
}

const BASE: Omit<GroupProfile, 'count'> = {
	age: 41,
	education: 0,
	signupLag: 1500,
	channels: [0.45, 0.25, 0.22, 0.08],
	lines: new Weights([32, 30, 19, 11, 6, 2]),
	discount: [0.08, 0.4],
	priceSkew: 1.5,
	returns: 1,
	focus: 0.5
};

/** Every group's profile. */
export const GROUPS: Readonly<Record<Group, GroupProfile>> = {
	loyal: {
		...BASE,
		count: 300,
		age: 46,
		education: 1,
		signupLag: 3000,
		channels: [0.35, 0.33, 0.27, 0.05],
		lines: new Weights([10, 20, 25, 22, 14, 9]),
		discount: [0.05, 0.25],
		priceSkew: 0.8,
		focus: 0.35
	},
	hunter: {
		...BASE,
		count: 400,
		age: 34,
		education: -0.5,
		channels: [0.6, 0.3, 0.08, 0.02],
		discount: [0.85, 0.97],
		priceSkew: 1.8
	},
	oneTime: {
		...BASE,
		count: 1900,
		age: 38,
		signupLag: 600,
		lines: new Weights([45, 30, 15, 7, 2, 1])
	},
	lapsed: { ...BASE, count: 400, age: 42, signupLag: 1200 },
	newcomer: {
		...BASE,
		count: 300,
		age: 31,
		signupLag: 20,
		channels: [0.45, 0.4, 0.12, 0.03]
	},
	complainer: { ...BASE, count: 220, age: 45, returns: 6 },
	occasional: { ...BASE, count: 1480 },
	prospect: { ...BASE, count: 1000, age: 33 }
};

/** Group names in a fixed order, so that assignment never depends on object key order. */
export const GROUP_NAMES: readonly Group[] = [
	'loyal',
	'hunter',
	'oneTime',
	'lapsed',
	'newcomer',
	'complainer',
	'occasional',
	'prospect'
];
