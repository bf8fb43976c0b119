import { uniqueCellId } from './cell-id';
import type { CellDoc } from './document';
import { toJsonValue } from './json-value';
import { childPath, describeValue, SchemaCheck } from './schema-check';
import { english } from '../i18n/english';

/** The kind of the one cell every notebook has: the files, their mapping and quality report. */
export const DATA_CELL_KIND = 'data';

const CELL_FIELDS = ['id', 'kind', 'collapsed', 'options'];

/**
 * The cells of a notebook file. Unknown kinds are errors; duplicate ids get new ids, a missing
 * data cell is added and extra data cells are removed, each with a warning.
 */
export function readCells(
	value: unknown,
	knownKinds: readonly string[],
	check: SchemaCheck
): CellDoc[] | undefined {
	const list = check.list(value, 'cells');
	if (!list) return undefined;
	const kinds = [...new Set([DATA_CELL_KIND, ...knownKinds])];
	const errorsBefore = check.errors.length;
	const cells = list.map((item, i) => readCell(item, childPath('cells', i), kinds, check));
	if (check.errors.length > errorsBefore) return undefined;
	const read = cells.filter((c) => c !== undefined);
	return withOneDataCell(withUniqueIds(read, check), check);
}

function readCell(
	value: unknown,
	path: string,
	kinds: readonly string[],
	check: SchemaCheck
): CellDoc | undefined {
	const obj = check.object(value, path);
	if (!obj) return undefined;
	check.ignoreUnknown(obj, path, CELL_FIELDS);
	const at = (key: string) => childPath(path, key);
	const id = check.text(obj.id, at('id'), true);
	const kind = check.text(obj.kind, at('kind'));
	const collapsed =
		obj.collapsed === undefined ? undefined : check.boolean(obj.collapsed, at('collapsed'));
	const options = check.object(obj.options, at('options'));
	if (kind !== undefined && !kinds.includes(kind)) {
		const cell = id === undefined ? '' : ` (cell ${describeValue(id)})`;
		check.problem(
			at('kind'),
			`unknown cell kind ${describeValue(kind)}${cell}; this Segmentbook knows ${kinds.join(', ')}`
		);
		return undefined;
	}
	if (id === undefined || kind === undefined || !options) return undefined;
	if (obj.collapsed !== undefined && collapsed === undefined) return undefined;
	const cell: CellDoc = { id, kind, options: toJsonValue(options) as Record<string, unknown> };
	if (collapsed !== undefined) cell.collapsed = collapsed;
	return cell;
}

function withUniqueIds(cells: CellDoc[], check: SchemaCheck): CellDoc[] {
	const first = new Map<string, number>();
	const taken = new Set(cells.map((c) => c.id));
	return cells.map((cell, i) => {
		const earlier = first.get(cell.id);
		if (earlier === undefined) {
			first.set(cell.id, i);
			return cell;
		}
		const id = uniqueCellId(taken);
		taken.add(id);
		check.warnings.push(
			english('loading.idRenamed', { index: i, value: describeValue(cell.id), earlier, id })
		);
		return { ...cell, id };
	});
}

function withOneDataCell(cells: CellDoc[], check: SchemaCheck): CellDoc[] {
	const data = cells.flatMap((c, i) => (c.kind === DATA_CELL_KIND ? [i] : []));
	if (data.length === 0) {
		const ids = new Set(cells.map((c) => c.id));
		// Below any leading notes, where a reader expects the data to come in.
		const at = cells.findIndex((c) => c.kind !== 'note');
		const index = at === -1 ? cells.length : at;
		check.warnings.push(english('loading.dataCellAdded'));
		return [
			...cells.slice(0, index),
			{ id: uniqueCellId(ids), kind: DATA_CELL_KIND, options: {} },
			...cells.slice(index)
		];
	}
	// Sources belong to the whole notebook, so a second data cell could only show them again.
	for (const i of data.slice(1)) {
		check.warnings.push(english('loading.secondDataCell', { index: i }));
	}
	return cells.filter((_, i) => !data.slice(1).includes(i));
}
