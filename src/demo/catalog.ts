import { csvField } from './csv';

/** One product: its name, its price range in euros, and the largest quantity usually bought. */
export interface Product {
	name: string;
	/** The name as a CSV field, quoted when needed (computed once). */
	field: string;
	min: number;
	max: number;
	maxQty: number;
}

/** One category: its products, popularity, share of lines returned and related interests. */
export interface Category {
	name: string;
	popularity: number;
	returnRate: number;
	interests: readonly string[];
	products: readonly Product[];
}

// A category line: name | popularity | share of lines returned | related interests.
// Its product lines: name | price range in euros | largest usual quantity (default 2).
// Some names hold commas or quotes, so that CSV quoting is exercised.
const TABLE = `
Electronics | 1.1 | 0.05 | technology, gaming, music
	Wireless earbuds | 39-129
	Bluetooth speaker | 29-149
	Smartwatch | 129-399
	Tablet 10" 128 GB | 199-549 | 1
	Phone charger, USB-C | 12-29 | 3
	Noise-cancelling headphones | 149-349 | 1
	Game controller | 49-79
Home & Kitchen | 1.2 | 0.03 | cooking, home decor
	Espresso machine, 15 bar | 149-499 | 1
	Chef's knife | 29-119
	Non-stick pan set | 39-129 | 1
	Bed linen set | 35-99 | 3
	Scented candle | 9-25 | 6
	Storage boxes, set of 4 | 19-45
Fashion | 1.3 | 0.09 | fashion, travel
	T-shirt | 12-29 | 4
	Jeans | 39-99
	Winter jacket | 89-249 | 1
	Sneakers | 59-149
	Wool scarf | 15-45
	Summer dress | 35-120
	Leather belt | 19-59
Beauty & Health | 1 | 0.02 | beauty, wellness
	Face cream | 12-59 | 3
	Shampoo | 5-15 | 4
	Perfume 50 ml | 39-119
	Electric toothbrush | 39-149 | 1
	Vitamin D supplements | 7-19 | 6
Sports & Outdoors | 0.9 | 0.05 | fitness, running, outdoors, cycling
	Yoga mat | 19-59
	Running shoes | 69-169 | 1
	Tent, 2-person | 89-299 | 1
	Dumbbell set | 39-129
	Cycling helmet | 39-119 | 1
	Water bottle | 9-29 | 4
Books & Media | 0.8 | 0.02 | reading, music, board games
	Novel (paperback) | 8-16 | 4
	Cookbook | 18-39
	Board game | 24-69
	Vinyl record | 19-39 | 3
	Children's picture book | 7-18 | 4
Toys & Baby | 0.6 | 0.04 | parenting
	Building blocks set | 19-99
	Plush toy | 9-29 | 3
	Baby stroller | 199-599 | 1
	Puzzle, 1000 pieces | 12-29 | 3
	Nappies, pack of 60 | 12-22 | 6
Garden & DIY | 0.6 | 0.03 | gardening, DIY
	Cordless drill | 59-189 | 1
	Garden hose, 25 m | 19-49 | 1
	Plant pots, set of 3 | 14-39 | 4
	Lawn mower | 149-449 | 1
	Tool set | 29-99 | 1
Pet Supplies | 0.5 | 0.02 | pets
	Dog food, 12 kg | 39-69 | 3
	Cat litter | 8-19 | 6
	Pet bed | 25-79 | 1
	Scratching post | 29-89 | 1
Food & Drink | 0.7 | 0.01 | cooking, food & wine
	Coffee beans, 1 kg | 14-29 | 4
	Olive oil, 1 l | 9-19 | 6
	Tea selection box | 12-29 | 3
	Chocolate gift box | 9-35 | 4`;

/** The demo shop's catalogue: ten categories of four to seven products. */
export const CATALOG: readonly Category[] = parse(TABLE);

/** Each category's popularity, in catalogue order, for weighted draws. */
export const CATEGORY_POPULARITY: readonly number[] = CATALOG.map((c) => c.popularity);

function parse(table: string): Category[] {
	const categories: (Category & { products: Product[] })[] = [];
	for (const line of table.trim().split('\n')) {
		const [name = '', a = '', b = '', c = ''] = line.trim().split(' | ');
		if (!line.startsWith('\t')) {
			const interests = c.split(', ');
			categories.push({ name, popularity: +a, returnRate: +b, interests, products: [] });
			continue;
		}
		const [min, max] = a.split('-').map(Number);
		const maxQty = b === '' ? 2 : Number(b);
		categories[categories.length - 1]!.products.push({
			name,
			field: csvField(name),
			min: min!,
			max: max!,
			maxQty
		});
	}
	return categories;
}
