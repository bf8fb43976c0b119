import { describe, expect, it } from 'vitest';
import { shownPersona, withEdit } from '../../../src/panels/personas/persona-edits';
import type { PersonaCard } from '../../../src/segments/persona-cards';
import type { PersonasCellOptions } from '../../../src/notebook/kinds/personas';

const card = {
	segment: 'Lost',
	auto: { name: 'Lapsed low spenders', summary: 'Bought once.', actions: ['Win-back.'] }
} as PersonaCard;
const options: PersonasCellOptions = {
	segmentColumn: 'rfm_segment',
	minSize: 30,
	edits: { lifecycle_stage: { new: { name: 'Fresh' } } }
};

describe('persona edits', () => {
	it('shows the automatic texts until a field is edited, then the edit', () => {
		expect(shownPersona(card, undefined)).toEqual({
			...card.auto,
			edited: { name: false, summary: false, actions: false }
		});
		const edited = withEdit(options, 'Lost', 'name', '  Gone quiet ');
		expect(edited.edits['rfm_segment']).toEqual({ Lost: { name: 'Gone quiet' } });
		// Edits of another lens are kept.
		expect(edited.edits['lifecycle_stage']).toEqual(options.edits['lifecycle_stage']);
		const shown = shownPersona(card, edited.edits['rfm_segment']!['Lost']);
		expect([shown.name, shown.summary, shown.edited.name]).toEqual([
			'Gone quiet',
			'Bought once.',
			true
		]);
	});

	it('reads actions one a line, and resets a field to the automatic text', () => {
		let next = withEdit(options, 'Lost', 'actions', ['Call them.', 'Send a voucher.']);
		next = withEdit(next, 'Lost', 'summary', 'Our words.');
		expect(shownPersona(card, next.edits['rfm_segment']!['Lost']).actions).toEqual([
			'Call them.',
			'Send a voucher.'
		]);
		next = withEdit(next, 'Lost', 'actions', undefined);
		next = withEdit(next, 'Lost', 'summary', '   ');
		// Nothing edited is left for the lens: it is dropped.
		expect(next.edits).toEqual(options.edits);
	});
});
