import type { CellKind, RunContext } from '../cell-kind';
import { PARAM_INPUT } from '../document';
import { requireAsOf, smallRows } from './rows';
import { suggestBands } from './breakdown';
import { buildCustomerColumnsSql, type CustomerColumn } from '../../segments/cluster-features';
import { buildPersonaProfileSql } from '../../segments/persona-profile';
import { buildPersonaSpendMixSql } from '../../segments/persona-spend-mix';
import { buildPersonaAttributeSql } from '../../segments/persona-attributes';
import type { PersonaAttributeRow } from '../../segments/persona-significance';
import {
	personaLens,
	personaLensMark,
	PERSONA_COLUMN,
	PERSONA_LENS_NAME
} from '../../segments/persona-lens';
import { personaAttributeColumns } from '../../segments/persona-attribute-columns';
import { buildLensesFromSql, lensTableName } from '../../segments/customers-view';
import { quoteIdent } from '../../sql/quote';
import {
	personaCards,
	type PersonaCard,
	type PersonaProfileRow,
	type SpendMixRow
} from '../../segments/persona-cards';
import { english } from '../../i18n/english';

/** What the user changed on a persona card; a field left out keeps the automatic text. */
export interface PersonaEdit {
	name?: string;
	summary?: string;
	actions?: string[];
}

/** Options of the personas cell. */
export interface PersonasCellOptions {
	/** The lens column of `customers` whose segments get personas. */
	segmentColumn: string;
	/** Segments with fewer customers get no card and no persona. */
	minSize: number;
	/** Edits by lens column, then by segment label: kept when the data changes. */
	edits: Record<string, Record<string, PersonaEdit>>;
}

/** The personas cell's result. */
export interface PersonasCellResult {
	asOf: string;
	segmentColumn: string;
	minSize: number;
	/** Every customer with a segment in the lens column. */
	baseCustomers: number;
	baseRevenue: number;
	cards: PersonaCard[];
	/** Segments below the minimum size: no card. */
	smaller: { segment: string; customers: number }[];
	/** The attribute columns profiled. */
	attributes: string[];
	/** Whether this cell gives `customers` its `persona` column (the first personas cell does). */
	ownsPersonaColumn: boolean;
}

/** A segment needs this many customers for a card by default: fewer make no reliable profile. */
export const DEFAULT_MIN_SIZE = 30;
/** Above this many segments the lens is no segmentation to draw personas from. */
export const MAX_SEGMENTS = 40;
/** Top categories per card. */
export const TOP_CATEGORIES = 3;
/** At most this many attributes are profiled, in file order. */
export const MAX_ATTRIBUTES = 12;

/** Saved options with defaults for anything missing or malformed. */
export function personasOptions(saved: Partial<PersonasCellOptions>): PersonasCellOptions {
	const minSize = Number(saved.minSize);
	const edits = saved.edits && typeof saved.edits === 'object' ? saved.edits : {};
	return {
		segmentColumn:
			typeof saved.segmentColumn === 'string' && saved.segmentColumn
				? saved.segmentColumn
				: 'rfm_segment',
		minSize: Number.isInteger(minSize) && minSize >= 1 ? minSize : DEFAULT_MIN_SIZE,
		edits
	};
}

/** The edits of the cell's current lens column. */
export function lensEdits(options: PersonasCellOptions): Record<string, PersonaEdit> {
	const edits = options.edits[options.segmentColumn];
	return edits && typeof edits === 'object' ? edits : {};
}

// The automatic names of each cell's last run, so that `customers` is built with them at once.
const lastNames = new Map<string, { column: string; names: Record<string, string> }>();

/** The persona name of each segment with a card: the edited one, else the automatic one. */
function lensNames(cellId: string, options: PersonasCellOptions): Record<string, string> {
	const last = lastNames.get(cellId);
	const names = last?.column === options.segmentColumn ? { ...last.names } : {};
	for (const [segment, edit] of Object.entries(lensEdits(options))) {
		if (typeof edit?.name === 'string' && edit.name.trim() && segment in names) {
			names[segment] = edit.name.trim();
		}
	}
	return names;
}

async function columnsOf(ctx: RunContext): Promise<CustomerColumn[]> {
	return smallRows<CustomerColumn>(await ctx.engine.query(buildCustomerColumnsSql()));
}

const ATTRIBUTE_COLUMNS_SQL = `SELECT column_name AS name, data_type AS type
FROM information_schema.columns
WHERE table_schema = 'main' AND table_name = 'customer_attributes'
ORDER BY ordinal_position`;

async function attributeProfiles(
	ctx: RunContext,
	asOf: string,
	segmentColumn: string,
	customerColumns: readonly string[]
): Promise<{ attribute: string; rows: PersonaAttributeRow[] }[]> {
	const listed = smallRows<CustomerColumn>(await ctx.engine.query(ATTRIBUTE_COLUMNS_SQL));
	const attributes = personaAttributeColumns(listed)
		.filter((c) => customerColumns.includes(c.name) && c.name !== segmentColumn)
		.slice(0, MAX_ATTRIBUTES);
	const profiles = [];
	for (const column of attributes) {
		const [count] = smallRows<{ n: number }>(
			await ctx.engine.query(
				`SELECT count(DISTINCT ${quoteIdent(column.name)}) AS n FROM customers`
			)
		);
		const bands = suggestBands(column, Number(count?.n ?? 0));
		const sql = buildPersonaAttributeSql({ asOf, segmentColumn, attribute: column.name, bands });
		profiles.push({ attribute: column.name, rows: numericRows(await ctx.engine.query(sql)) });
	}
	return profiles;
}

function numericRows(table: Parameters<typeof smallRows>[0]): PersonaAttributeRow[] {
	return smallRows<PersonaAttributeRow>(table).map((r) => ({
		...r,
		value_order: Number(r.value_order),
		customers: Number(r.customers),
		segment_customers: Number(r.segment_customers),
		base_customers: Number(r.base_customers),
		base_total: Number(r.base_total)
	}));
}

/**
 * Re-creates `lens_persona` with `names` when this cell gives `customers` its persona column,
 * and the tables of the lenses after it (a rule on `persona` below), then the view.
 */
async function updatePersonaColumn(
	ctx: RunContext,
	options: PersonasCellOptions,
	names: Record<string, string>
): Promise<boolean> {
	const lenses = ctx.customersLenses();
	const at = lenses.findIndex((l) => l.name === PERSONA_LENS_NAME);
	if (at < 0 || !lenses[at]!.sql.startsWith(personaLensMark(ctx.cellId))) return false;
	const lens = personaLens({
		segmentColumn: options.segmentColumn,
		names,
		earlierLenses: lenses.slice(0, at),
		owner: ctx.cellId
	});
	if (lens.sql !== lenses[at]!.sql) {
		const now = lenses.map((l, i) => (i === at ? { ...lens, owner: ctx.cellId } : l));
		const asOf = requireAsOf(ctx);
		for (const sql of buildLensesFromSql(asOf, now, PERSONA_LENS_NAME)) {
			await ctx.engine.runLong(sql);
		}
	}
	return true;
}

/** Persona cards for the segments of a lens, and a `persona` column in `customers`. */
export const personasKind: CellKind<PersonasCellOptions, PersonasCellResult> = {
	kind: 'personas',
	label: 'Personas',
	description:
		'A persona card per segment of a lens: who they are, what they buy, what to do for them',
	defaultOptions: () => ({ segmentColumn: 'rfm_segment', minSize: DEFAULT_MIN_SIZE, edits: {} }),
	reads: (saved, known) => {
		const column = personasOptions(saved).segmentColumn;
		const inputs = ['customers', 'transactions', 'customer_attributes', PARAM_INPUT('asOf')];
		return known.includes(column) ? [...inputs, column] : inputs;
	},
	// A SQL cell that mentions `persona` runs after this cell, which may rewrite the column.
	defines: () => [PERSONA_COLUMN, lensTableName(PERSONA_LENS_NAME)],
	lensesLast: true,
	async lenses(ctx, saved) {
		const options = personasOptions(saved);
		const names = lensNames(ctx.cellId, options);
		return [
			personaLens({
				segmentColumn: options.segmentColumn,
				names,
				earlierLenses: ctx.earlierLenses,
				owner: ctx.cellId
			})
		];
	},
	async run(ctx, saved) {
		const asOf = requireAsOf(ctx);
		const options = personasOptions(saved);
		const { segmentColumn, minSize } = options;
		const columns = await columnsOf(ctx);
		const names = columns.map((c) => c.name);
		if (!names.includes(segmentColumn)) {
			throw new Error(english('error.noLensColumn', { column: segmentColumn }));
		}
		const [distinct] = smallRows<{ n: number }>(
			await ctx.engine.query(
				`SELECT count(DISTINCT ${quoteIdent(segmentColumn)}) AS n FROM customers`
			)
		);
		if (Number(distinct?.n ?? 0) > MAX_SEGMENTS) {
			throw new Error(
				`"${segmentColumn}" has ${distinct?.n} different values; personas are drawn for at most ` +
					`${MAX_SEGMENTS} segments: choose another lens.`
			);
		}
		const clvColumn = names.includes('clv') ? 'clv' : null;
		const flagColumns = names.includes('is_complainer') ? ['is_complainer'] : [];
		const profile = smallRows<PersonaProfileRow>(
			await ctx.engine.query(
				buildPersonaProfileSql({ asOf, segmentColumn, clvColumn, flagColumns })
			)
		);
		const mix = async (by: 'category' | 'channel', top: number) =>
			smallRows<SpendMixRow>(
				await ctx.engine.query(buildPersonaSpendMixSql({ asOf, segmentColumn, by, top }))
			);
		const categories = await mix('category', TOP_CATEGORIES);
		const channels = await mix('channel', 1);
		const attributes = await attributeProfiles(ctx, asOf, segmentColumn, names);
		const churn =
			names.includes('churn_risk') && segmentColumn !== 'churn_risk'
				? numericRows(
						await ctx.engine.query(
							buildPersonaAttributeSql({ asOf, segmentColumn, attribute: 'churn_risk' })
						)
					)
				: null;
		const built = personaCards({
			profile,
			categories,
			channels,
			attributes,
			churn,
			minSize,
			complainerFlag: flagColumns.length > 0
		});
		lastNames.set(ctx.cellId, { column: segmentColumn, names: built.autoNames });
		const ownsPersonaColumn = await updatePersonaColumn(
			ctx,
			options,
			lensNames(ctx.cellId, options)
		);
		return {
			asOf,
			segmentColumn,
			minSize,
			baseCustomers: built.baseCustomers,
			baseRevenue: built.baseRevenue,
			cards: built.cards,
			smaller: built.smaller,
			attributes: attributes.map((a) => a.attribute),
			ownsPersonaColumn
		};
	},
	queries: {
		/** The columns of `customers` (name, type), for the lens picker. */
		columns: (ctx) => ctx.engine.query(buildCustomerColumnsSql())
	}
};
