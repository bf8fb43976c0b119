import type { Engine } from '../engine/database';
import { engineErrorMessage } from '../engine/engine-error';
import type { SourceEntry } from './source-entry';
import {
	buildDateFormatProbeSql,
	buildNumberFormatProbeSql,
	chooseDateFormat,
	chooseNumberFormat,
	type DateProbeRow,
	type NumberProbeRow
} from '../data/detect-formats';
import {
	buildCleanTableSql,
	buildCopiesProbeSql,
	cleanCopies,
	copiesKept
} from '../data/clean-sql';
import { dateFormatNote, serialColumnNote } from '../data/format-notes';
import {
	buildLocalDigitsProbeSql,
	columnsWithLocalDigits,
	localDigitsNote
} from '../data/local-digits';
import { isNumericType } from '../data/value-shapes';
import { DATE_ROLES } from '../data/date-columns';
import { buildQualityReportSql, toQualityReport, type QualityRow } from '../data/quality-sql';
import { buildCanonicalViewsSql } from '../data/canonical-views';
import type { CleaningOptions, Role, SourceMapping, SourceTable } from '../data/types';

const NUMBER_ROLES = new Set<Role>([
	'amount',
	'quantity',
	'unit_price',
	'discount',
	'age',
	'income',
	'children',
	'satisfaction'
]);

/** What preparing a source needs from the engine (the app's Engine, or a test's DuckDB). */
export type PrepareEngine = Pick<Engine, 'query' | 'runLong'>;

/** Decides text formats, cleans the source into its clean table and computes its quality report. */
export async function prepareSource(
	engine: PrepareEngine,
	entry: SourceEntry,
	cleaning: CleaningOptions
): Promise<SourceEntry> {
	if (!entry.source || !entry.mapping) return entry;
	try {
		const { mapping, notes } = await decideFormats(engine, entry.source.columns, entry.mapping);
		if (mapping.kind === 'ignore')
			return { ...entry, mapping, formatNotes: notes, report: undefined };
		const copied = await unchangedCopies(engine, entry.source, mapping, cleaning);
		await engine.runLong(buildCleanTableSql(entry.source, mapping, cleaning, copied));
		const malformed = entry.malformed?.count ?? 0;
		const row = await firstRow(engine, buildQualityReportSql(mapping, malformed));
		const report = toQualityReport(row as QualityRow, entry.source, mapping);
		return { ...entry, mapping, formatNotes: notes, report, reportError: undefined };
	} catch (error) {
		return { ...entry, report: undefined, reportError: engineErrorMessage(error) };
	}
}

// The outputs whose texts reading leaves as they are: the clean rows read them from the source.
async function unchangedCopies(
	engine: PrepareEngine,
	source: SourceTable,
	mapping: SourceMapping,
	cleaning: CleaningOptions
): Promise<Set<string>> {
	const copies = Object.entries(cleanCopies(source, mapping, cleaning));
	if (copies.length === 0) return new Set();
	const probe = await firstRow(
		engine,
		buildCopiesProbeSql(
			source.table,
			copies.map(([, c]) => c)
		)
	);
	return copiesKept(
		copies.map(([output]) => output),
		probe as Record<string, unknown>
	);
}

async function decideFormats(
	engine: PrepareEngine,
	columns: { name: string; type: string }[],
	mapping: SourceMapping
): Promise<{ mapping: SourceMapping; notes: string[] }> {
	const dateFormats = { ...mapping.dateFormats };
	const numberFormats = { ...mapping.numberFormats };
	const notes: string[] = [];
	for (const column of columns) {
		const role = mapping.roles[column.name];
		if (!role) continue;
		if (DATE_ROLES.has(role) && isNumericType(column.type))
			notes.push(serialColumnNote(column.name));
		if (column.type !== 'VARCHAR') continue;
		if (DATE_ROLES.has(role)) {
			const probe = await firstRow(engine, buildDateFormatProbeSql(mapping.table, column.name));
			const chosen = chooseDateFormat(probe as DateProbeRow);
			dateFormats[column.name] ??= chosen.format;
			const note = dateFormatNote(column.name, chosen, probe as DateProbeRow);
			if (note && dateFormats[column.name] === chosen.format) notes.push(note);
		}
		if (NUMBER_ROLES.has(role) && !(column.name in numberFormats)) {
			const probe = await firstRow(engine, buildNumberFormatProbeSql(mapping.table, column.name));
			numberFormats[column.name] = chooseNumberFormat(probe as NumberProbeRow).format;
		}
	}
	const digits = await localDigitsNotes(engine, columns, mapping);
	return { mapping: { ...mapping, dateFormats, numberFormats }, notes: [...digits, ...notes] };
}

const ID_ROLES = new Set<Role>(['customer_id', 'order_id']);

// Ids, numbers and dates in Persian or Arabic-Indic digits are read as 0–9: the user is told where.
async function localDigitsNotes(
	engine: PrepareEngine,
	columns: { name: string; type: string }[],
	mapping: SourceMapping
): Promise<string[]> {
	const read = columns
		.filter((c) => c.type === 'VARCHAR')
		.map((c) => c.name)
		.filter((name) => {
			const role = mapping.roles[name];
			return role && (ID_ROLES.has(role) || DATE_ROLES.has(role) || NUMBER_ROLES.has(role));
		});
	if (read.length === 0) return [];
	const row = await firstRow(engine, buildLocalDigitsProbeSql(mapping.table, read));
	const note = localDigitsNote(columnsWithLocalDigits(read, row as Record<string, unknown>));
	return note ? [note] : [];
}

/** Rebuilds `transactions`, `customer_attributes`, `events` and `tickets` from the clean sources. */
export async function rebuildCanonicalViews(
	engine: PrepareEngine,
	sources: SourceEntry[]
): Promise<void> {
	const mappings = sources
		.filter((s) => s.status === 'ready' && s.report && s.mapping && s.mapping.kind !== 'ignore')
		.map((s) => s.mapping!);
	for (const sql of buildCanonicalViewsSql(mappings)) await engine.query(sql);
}

// Probe and report queries return exactly one row of named counts.
async function firstRow(engine: PrepareEngine, sql: string): Promise<unknown> {
	return (await engine.query(sql)).get(0)?.toJSON() ?? {};
}
