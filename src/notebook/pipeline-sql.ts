import { buildCanonicalViewsSql } from '../data/canonical-views';
import { buildCleanTableSql } from '../data/clean-sql';
import { buildQualityReportSql } from '../data/quality-sql';
import type { CleaningOptions, SourceMapping, SourceTable } from '../data/types';
import { fileFormatOf } from '../engine/file-format';
import {
	buildCustomersViewSql,
	lensTableName,
	type CustomerLens
} from '../segments/customers-view';
import type { CellDoc } from './document';
import { cellKind } from './kinds/registry';
import { customersCoreOf } from './customers-core';
import { readSourceStatements } from './pipeline-read-sql';
import { SECTION_MARK, type PipelineSection } from './pipeline-section';

export { SECTION_MARK, type PipelinePhase, type PipelineSection } from './pipeline-section';

/** One loaded file as the notebook read and mapped it. */
export interface PipelineSource {
	source: SourceTable;
	mapping: SourceMapping;
	/** The text encoding a delimited file was read in (UTF-8 when absent). */
	encoding?: string;
}

/** Everything the notebook's pipeline is made of, as the app last ran it. */
export interface PipelineInput {
	title: string;
	sources: PipelineSource[];
	cleaning: CleaningOptions;
	/** The as-of date in force (null when no order is loaded: no customers are built). */
	asOf: string | null;
	/** The lenses `customers` was built with, in order. */
	lenses: readonly CustomerLens[];
	cells: readonly CellDoc[];
}

// Tables the app fills from JavaScript (cluster labels, CLV scores) have names starting with an
// underscore, quoted; tables the pipeline's SQL makes never do. A lens reading one cannot run
// outside the app.
const APP_TABLE = /"_[^"]+"/;

/** The notebook's pipeline, from reading the files to every cell's SQL, in the order it runs. */
export function buildPipelineSections(input: PipelineInput): PipelineSection[] {
	const sections: PipelineSection[] = input.sources.map(({ source, encoding }) => ({
		phase: 'read',
		title: `read ${source.fileName}${source.sheet ? ` (sheet ${source.sheet})` : ''}`,
		...readSourceStatements(source, fileFormatOf(source.fileName) ?? 'csv', encoding)
	}));
	const mapped = input.sources.filter((s) => s.mapping.kind !== 'ignore');
	for (const { source, mapping } of mapped) {
		sections.push({
			phase: 'clean',
			title: `clean ${source.fileName} as ${mapping.kind}`,
			notes: [
				'Every row is kept with _reason NULL, or set aside with the first reason that applies;',
				'the SELECT after it is the data-quality report (read = kept + set aside).'
			],
			statements: [
				buildCleanTableSql(source, mapping, input.cleaning),
				buildQualityReportSql(mapping)
			]
		});
	}
	sections.push({
		phase: 'clean',
		title: 'canonical views',
		notes: ['transactions, customer_attributes, events and tickets: the kept rows of each kind.'],
		statements: buildCanonicalViewsSql(mapped.map((s) => s.mapping))
	});
	if (!input.asOf) return sections;
	const core = customersCoreOf(input.cells);
	const appLenses = appOnlyLenses(input.lenses);
	sections.push({
		phase: 'customers',
		title: `customers as of ${input.asOf}`,
		notes: [
			'One row per known customer with its metrics, RFM, value tier and every lens.',
			...appLenses.map(
				(l) => `Left out: the ${l.name} lens, read from what the app computes in JavaScript.`
			)
		],
		statements: buildCustomersViewSql({
			...core,
			asOf: input.asOf,
			lenses: input.lenses.filter((l) => !appLenses.includes(l))
		})
	});
	input.cells.forEach((cell, i) => {
		const kind = cellKind(cell.kind);
		if (!kind?.run) return;
		const title = `cell ${i + 1}: ${kind.label}`;
		if (!kind.exportSql) {
			const why = `${kind.label} cells do not give their SQL to this script (yet): run this one in the app.`;
			sections.push({ phase: 'cell', title, notes: [why], statements: [] });
			return;
		}
		const statements = kind.exportSql(input.asOf, cell.options, core);
		sections.push({ phase: 'cell', title, notes: [], statements });
	});
	return sections;
}

// The lenses that read an app table, or the table of a lens that does (personas over CLV).
function appOnlyLenses(lenses: readonly CustomerLens[]): CustomerLens[] {
	const out: CustomerLens[] = [];
	for (const lens of lenses) {
		const readsOut = out.some((l) => lens.sql.includes(lensTableName(l.name)));
		if (APP_TABLE.test(lens.sql) || readsOut) out.push(lens);
	}
	return out;
}

/** The sections as one DuckDB script, each statement ended by `;`. */
export function renderPipelineScript(input: PipelineInput, sections: PipelineSection[]): string {
	const head = [
		`-- ${oneLine(input.title)}: the notebook's pipeline as one DuckDB script (Segmentbook).`,
		'-- Run it with the DuckDB command-line tool in the folder that holds the files:',
		'--   duckdb analysis.duckdb < this-file.sql',
		`-- As-of date: ${input.asOf ?? 'none (no orders loaded)'}.`
	];
	const body = sections.map((section) => {
		const lines = [`${SECTION_MARK}${section.phase}: ${oneLine(section.title)}`];
		lines.push(...section.notes.map((note) => `-- ${oneLine(note)}`));
		lines.push(...section.statements.map((sql) => `${sql.trim().replace(/;\s*$/, '')};`));
		return lines.join('\n');
	});
	return [head.join('\n'), ...body].join('\n\n') + '\n';
}

/** The notebook's pipeline as one DuckDB script. */
export function buildPipelineScript(input: PipelineInput): string {
	return renderPipelineScript(input, buildPipelineSections(input));
}

// Titles and file names go into `--` comments: a line break there would end the comment.
function oneLine(text: string): string {
	return text.replace(/[\r\n]+/g, ' ');
}
