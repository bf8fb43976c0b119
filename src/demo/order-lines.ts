import { CATALOG, CATEGORY_POPULARITY, type Category, type Product } from './catalog';
import type { GroupProfile } from './groups';
import type { Person } from './person';
import { Weights, type Random } from './random';

/** One order line, with its numbers already formatted for the CSV. */
export interface Line {
	category: Category;
	product: Product;
	quantity: number;
	price: string;
	discount: string;
	returned: boolean;
}

const RATES = ['0.1', '0.2', '0.3', '0.4', '0.5'];
const USUAL_RATES = new Weights([50, 35, 15, 0, 0]);
const HUNTER_RATES = new Weights([10, 30, 30, 18, 12]);
const CATEGORIES = new Weights(CATEGORY_POPULARITY);
// Earlier products of a category sell more: a gentle long tail.
const PRODUCTS = CATALOG.map((c) => new Weights(c.products.map((_, k) => 1 / (1 + 0.35 * k))));

/** Draws the lines of one order by `person` (null for a guest); `sale` is a sale day. */
export function drawLines(
	rng: Random,
	person: Person | null,
	profile: GroupProfile,
	sale: boolean
): Line[] {
	const count = 1 + rng.draw(profile.lines);
	const lines: Line[] = [];
	const rates = person?.group === 'hunter' ? HUNTER_RATES : USUAL_RATES;
	const discountChance = profile.discount[sale ? 1 : 0];
	for (let n = 0; n < count; n++) {
		let c = 0;
		let product: Product | undefined;
		// A product appears once per order; a few tries find one not yet in the basket.
		for (let attempt = 0; attempt < 6; attempt++) {
			c = categoryOf(rng, person, profile);
			const p = CATALOG[c]!.products[rng.draw(PRODUCTS[c]!)]!;
			if (!lines.some((l) => l.product === p)) {
				product = p;
				break;
			}
		}
		if (!product) continue;
		const category = CATALOG[c]!;
		const u = rng.float() ** profile.priceSkew;
		// Shop prices end in .99: 38.99, 149.99.
		const euros = Math.max(1, Math.round(product.min + u * (product.max - product.min)));
		lines.push({
			category,
			product,
			quantity: quantityOf(rng, product, profile.priceSkew < 1),
			price: euros - 1 + '.99',
			discount: rng.chance(discountChance) ? RATES[rng.draw(rates)]! : '0',
			returned: rng.chance(Math.min(0.6, category.returnRate * profile.returns))
		});
	}
	return lines;
}

function categoryOf(rng: Random, person: Person | null, profile: GroupProfile): number {
	if (person) {
		if (rng.chance(profile.focus)) return person.affinity.primary;
		if (rng.chance(0.3)) return person.affinity.secondary;
	}
	return rng.draw(CATEGORIES);
}

function quantityOf(rng: Random, product: Product, generous: boolean): number {
	const r = rng.float();
	let q = 1;
	if (product.maxQty >= 4) q = 1 + Math.floor(r * r * product.maxQty);
	else if (r < 0.05) q = 3;
	else if (r < 0.2) q = 2;
	if (generous && rng.chance(0.2)) q++;
	return Math.min(q, product.maxQty);
}
