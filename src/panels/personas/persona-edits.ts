import type { PersonaCard } from '../../segments/persona-cards';
import type { PersonaEdit, PersonasCellOptions } from '../../notebook/kinds/personas';

/** The fields of a card the user can edit. */
export type PersonaField = keyof PersonaEdit;

/** What a card shows: the edited text where there is one, else the automatic text. */
export interface ShownPersona {
	name: string;
	summary: string;
	actions: string[];
	edited: Record<PersonaField, boolean>;
}

/** The card's texts with the user's edits applied over `auto` (the card's own, or translated). */
export function shownPersona(
	card: PersonaCard,
	edit: PersonaEdit | undefined,
	auto: PersonaCard['auto'] = card.auto
): ShownPersona {
	const name = typeof edit?.name === 'string' ? edit.name : undefined;
	const summary = typeof edit?.summary === 'string' ? edit.summary : undefined;
	const actions = Array.isArray(edit?.actions) ? edit.actions.map(String) : undefined;
	return {
		name: name ?? auto.name,
		summary: summary ?? auto.summary,
		actions: actions ?? auto.actions,
		edited: { name: name !== undefined, summary: summary !== undefined, actions: !!actions }
	};
}

/** Actions as one line each in a text box, and back (blank lines dropped). */
export function actionsText(actions: readonly string[]): string {
	return actions.join('\n');
}
export function parseActions(text: string): string[] {
	return text
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l !== '');
}

/**
 * The options with one field of one segment's card set to `value`, or reset to the automatic
 * text when `value` is undefined (or, for the name, blank). Edits of other lenses are kept.
 */
export function withEdit(
	options: PersonasCellOptions,
	segment: string,
	field: PersonaField,
	value: string | string[] | undefined
): PersonasCellOptions {
	const column = options.segmentColumn;
	const lens = { ...(options.edits[column] ?? {}) };
	const edit: PersonaEdit = { ...(lens[segment] ?? {}) };
	const blank = value === undefined || (typeof value === 'string' && value.trim() === '');
	if (blank) delete edit[field];
	else if (field === 'actions') edit.actions = Array.isArray(value) ? value : parseActions(value!);
	else edit[field] = String(value).trim();
	if (Object.keys(edit).length) lens[segment] = edit;
	else delete lens[segment];
	const edits = { ...options.edits, [column]: lens };
	if (Object.keys(lens).length === 0) delete edits[column];
	return { ...options, edits };
}
