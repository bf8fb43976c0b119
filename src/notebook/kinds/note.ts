import type { CellKind } from '../cell-kind';

/** Options of a note cell. */
export interface NoteOptions {
	markdown: string;
}

/** A Markdown note: text for the client, rendered safely; it reads and runs nothing. */
export const noteKind: CellKind<NoteOptions, never> = {
	kind: 'note',
	label: 'Note',
	description: 'Markdown text: context, findings, recommendations',
	defaultOptions: () => ({ markdown: '' }),
	reads: () => [],
	defines: () => []
};
