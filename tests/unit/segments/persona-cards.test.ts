import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPersonaProfileSql } from '../../../src/segments/persona-profile';
import { buildPersonaSpendMixSql } from '../../../src/segments/persona-spend-mix';
import { buildPersonaAttributeSql } from '../../../src/segments/persona-attributes';
import {
	personaCards,
	type PersonaProfileRow,
	type SpendMixRow
} from '../../../src/segments/persona-cards';
import type { PersonaAttributeRow } from '../../../src/segments/persona-significance';
import type { SegmentsDb } from './segments-db';
import { openPersonaDb, PERSONA_AS_OF } from './persona-db';

const asOf = PERSONA_AS_OF;
let db: SegmentsDb;
beforeAll(async () => {
	db = await openPersonaDb();
});
afterAll(() => db.close());

// The figures of persona-profile.test.ts: A (3 customers, 3 buyers) and B (3, 2 buyers).
describe('personaCards', () => {
	function cards(minSize: number) {
		const segmentColumn = 'tribe';
		return personaCards({
			profile: db.rows<PersonaProfileRow>(buildPersonaProfileSql({ asOf, segmentColumn })),
			categories: db.rows<SpendMixRow>(
				buildPersonaSpendMixSql({ asOf, segmentColumn, by: 'category', top: 3 })
			),
			channels: db.rows<SpendMixRow>(
				buildPersonaSpendMixSql({ asOf, segmentColumn, by: 'channel', top: 1 })
			),
			attributes: [
				{
					attribute: 'gender',
					rows: db.rows<PersonaAttributeRow>(
						buildPersonaAttributeSql({ asOf, segmentColumn, attribute: 'gender' })
					)
				}
			],
			churn: null,
			minSize,
			complainerFlag: false
		});
	}

	it('draws a named card per segment from the real profile', () => {
		const built = cards(1);
		expect(built.baseCustomers).toBe(6);
		expect(built.baseRevenue).toBe(610);
		// B spends 170 per buyer (1.39 × 122: not 1.5) with 70.6 % of it discounted (1.35 × 52.5 %,
		// at least 30 %) and returns 14.7 % (1.79 × 8.2 %, at least 10 %). A: 90 per buyer (0.74 ×), 29.6 % discounted: nothing
		// stands out, but Garden leads its spend at index 226.
		expect(built.cards.map((c) => [c.segment, c.traits, c.auto.name])).toEqual([
			['A', [], 'Mainstream customers'],
			['B', ['discount_seeker', 'returner'], 'Return-prone bargain hunters']
		]);
		expect(built.cards[0]!.auto.summary).toMatch(/favour Garden \(67 % of spend\)\.$/);
		expect(built.cards[0]!.auto.actions).toEqual([
			'Lead with Garden in campaigns to this segment.'
		]);
		expect(built.cards[1]!.channel?.value).toBe('store');
		expect(built.autoNames).toEqual({
			A: 'Mainstream customers',
			B: 'Return-prone bargain hunters'
		});
		// Three customers a side: nothing is significant.
		expect(built.cards[0]!.attributes[0]!.values.map((v) => [v.value, v.highlight])).toEqual([
			['F', null],
			['M', null]
		]);
	});

	it('leaves segments below the minimum size without a card or a name', () => {
		const built = cards(4);
		expect(built.cards).toEqual([]);
		expect(built.smaller).toEqual([
			{ segment: 'A', customers: 3 },
			{ segment: 'B', customers: 3 }
		]);
		expect(built.autoNames).toEqual({});
	});
});
