import { CATALOG, CATEGORY_POPULARITY } from './catalog';
import type { Random } from './random';

/** What a person likes: two favourite categories (catalogue indices) and stated interests. */
export interface Affinity {
	primary: number;
	secondary: number;
	/** Interests joined by `;`, empty for people who left the field blank. */
	interests: string;
}

const EXTRA_INTERESTS = ['travel', 'photography', 'movies', 'sustainability', 'food & wine'];
const index = (name: string): number => CATALOG.findIndex((c) => c.name === name);
const ELECTRONICS = index('Electronics');
const FASHION = index('Fashion');
const BEAUTY = index('Beauty & Health');
const SPORTS = index('Sports & Outdoors');
const BOOKS = index('Books & Media');
const TOYS = index('Toys & Baby');
const GARDEN = index('Garden & DIY');

/** Draws favourite categories from age, gender and children, and interests to match them. */
export function drawAffinity(rng: Random, age: number, gender: string, children: number): Affinity {
	const weights = CATEGORY_POPULARITY.slice();
	const scale = (i: number, f: number) => (weights[i] = weights[i]! * f);
	if (gender === 'female') {
		scale(FASHION, 1.6);
		scale(BEAUTY, 2);
	} else if (gender === 'male') {
		scale(ELECTRONICS, 1.6);
		scale(GARDEN, 1.5);
		scale(SPORTS, 1.2);
	}
	if (children > 0 && age < 50) scale(TOYS, 4);
	else scale(TOYS, 0.3);
	if (age < 30) {
		scale(ELECTRONICS, 1.5);
		scale(FASHION, 1.4);
		scale(GARDEN, 0.3);
	} else if (age >= 60) {
		scale(GARDEN, 1.8);
		scale(BOOKS, 1.5);
		scale(ELECTRONICS, 0.6);
	}
	const primary = rng.weighted(weights);
	weights[primary] = 0;
	const secondary = rng.weighted(weights);
	return {
		primary,
		secondary,
		interests: rng.chance(0.15) ? '' : interests(rng, primary, secondary)
	};
}

function interests(rng: Random, primary: number, secondary: number): string {
	const chosen: string[] = [];
	const add = (options: readonly string[]) => {
		const pick = rng.pick(options);
		if (!chosen.includes(pick)) chosen.push(pick);
	};
	const first = CATALOG[primary]!.interests;
	add(first);
	if (first.length > 1 && rng.chance(0.5)) add(first);
	if (rng.chance(0.6)) add(CATALOG[secondary]!.interests);
	if (rng.chance(0.35)) add(EXTRA_INTERESTS);
	return chosen.join(';');
}
