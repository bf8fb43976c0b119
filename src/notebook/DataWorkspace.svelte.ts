import type { Engine } from '../engine/database';
import { engineErrorMessage } from '../engine/engine-error';
import { ingestFile, registeredFileNames } from './ingest-file';
import { buildDropCleanSql } from '../data/clean-sql';
import { quoteIdent } from '../sql/quote';
import type { SourceEntry } from './source-entry';
import { prepareSource, rebuildCanonicalViews } from './prepare-source';
import { detectColumnRoles, detectMapping } from '../data/detect-roles';
import {
	DEFAULT_CLEANING,
	type CleaningOptions,
	type DateFormat,
	type Role,
	type SourceKind,
	type SourceMapping,
	type SourceTable
} from '../data/types';
import type { SourceSpec } from './document';
import { readerClient, type DemoFile } from '../engine/readers/reader-client';
import type { TextEncoding } from '../engine/readers/text-sniff';
import { markTiming, timed } from './timings';
import { english } from '../i18n/english';

/** What the app is busy with, for the progress bar. `fraction` null means "not known yet". */
export interface Activity {
	label: string;
	fraction: number | null;
}

/**
 * The data side of the notebook: the files given, how each is mapped and cleaned, and the
 * canonical views built from them. Everything else reads those views.
 */
export class DataWorkspace {
	sources = $state.raw<SourceEntry[]>([]);
	/**
	 * The demo's file cards as the build computed them, shown until the demo is loaded here
	 * (see `src/demo/snapshot`); null otherwise. Nothing in them can be changed.
	 */
	snapshotSources = $state.raw<SourceEntry[] | null>(null);
	cleaning = $state.raw<CleaningOptions>(DEFAULT_CLEANING);
	isDemo = $state(false);
	activity = $state.raw<Activity | null>(null);
	/** Bumped each time the canonical views are rebuilt, so dependants know to re-run. */
	viewsVersion = $state(0);
	/** The saved method: how each file of the notebook is read, from a file or autosave. */
	savedSpecs = $state.raw<SourceSpec[]>([]);
	/** Files the notebook's method names that are not loaded: the user is asked for them. */
	readonly expectedFiles = $derived(
		this.isDemo
			? []
			: this.savedSpecs
					.map((s) => s.fileName)
					.filter((name) => !this.sources.some((s) => s.fileName === name))
	);
	readonly #engine: Engine;
	readonly #viewListeners = new Set<() => void>();
	#nextTable = 1;

	constructor(engine: Engine) {
		this.#engine = engine;
		engine.onProgress((fraction) => {
			if (this.activity) this.activity = { ...this.activity, fraction };
		});
	}

	/** Listens for rebuilt canonical views; returns the function that stops listening. */
	onViewsChanged(listener: () => void): () => void {
		this.#viewListeners.add(listener);
		return () => this.#viewListeners.delete(listener);
	}

	/** Takes a notebook's method: the mapping of each file by name, and the cleaning rules. */
	useSpecs(specs: SourceSpec[], cleaning: CleaningOptions): void {
		this.savedSpecs = specs;
		this.cleaning = cleaning;
	}

	/** The method of the files loaded now, plus saved ones whose files are not loaded yet. */
	specs(): SourceSpec[] {
		// The demo's mapping is detected every time; a notebook made on it carries no file names.
		if (this.isDemo) return [];
		const loaded: SourceSpec[] = this.sources.flatMap((s) =>
			s.mapping
				? [
						{
							fileName: s.fileName,
							...(s.source?.sheet ? { sheet: s.source.sheet } : {}),
							kind: s.mapping.kind,
							roles: s.mapping.roles,
							dateFormats: s.mapping.dateFormats,
							numberFormats: s.mapping.numberFormats
						}
					]
				: []
		);
		const missing = this.savedSpecs.filter(
			(spec) => !loaded.some((l) => l.fileName === spec.fileName)
		);
		return [...loaded, ...missing];
	}

	/** Shows the demo's file cards from the build's snapshot until `loadDemo` has loaded it. */
	showSnapshot(cards: SourceEntry[]): void {
		this.isDemo = true;
		this.snapshotSources = cards;
	}

	/** Loads the built-in demo store (made now, or given already made), replacing what was loaded. */
	async loadDemo(made?: Promise<DemoFile[]>): Promise<void> {
		try {
			await this.#removeAll();
			this.isDemo = true;
			const files = await (made ?? readerClient.makeDemo());
			await this.#load(files.map((f) => ({ fileName: f.name, text: f.text, size: f.text.length })));
		} finally {
			this.snapshotSources = null;
		}
	}

	/** Adds dropped or picked files; a file with the name of a loaded one replaces it. */
	async addFiles(files: File[]): Promise<void> {
		if (files.length === 0) return;
		markTiming('files-added');
		if (this.isDemo) {
			await this.#removeAll();
			this.isDemo = false;
		}
		const names = files.map((f) => f.name);
		for (const old of this.sources.filter((s) => names.includes(s.fileName))) {
			await this.#dropTable(old.table);
		}
		this.sources = this.sources.filter((s) => !names.includes(s.fileName));
		await this.#load(files.map((file) => ({ fileName: file.name, file, size: file.size })));
	}

	/** Unloads every file (the method stays): the user is asked for the files by name. */
	async clear(): Promise<void> {
		await this.#removeAll();
		this.isDemo = false;
		await this.#rebuildViews();
	}

	/** Removes one source and rebuilds the views without it. */
	async remove(table: string): Promise<void> {
		await this.#dropTable(table);
		this.sources = this.sources.filter((s) => s.table !== table);
		await this.#rebuildViews();
	}

	/** Loads another sheet of a workbook source. */
	async chooseSheet(table: string, sheet: string): Promise<void> {
		const entry = this.#entry(table);
		if (!entry) return;
		await this.#ingest({ ...entry, status: 'loading', error: undefined }, sheet);
		await this.#rebuildViews();
	}

	/** Reads a delimited-text source again in another text encoding. */
	async chooseEncoding(table: string, encoding: TextEncoding): Promise<void> {
		const entry = this.#entry(table);
		if (!entry) return;
		await this.#ingest({ ...entry, encoding, status: 'loading', error: undefined });
		await this.#rebuildViews();
	}

	/**
	 * The engine restarted with an empty database: reads every loaded file again from the file
	 * it came from, keeping its mapping, and rebuilds the views without telling the listeners
	 * (the notebook re-runs everything itself).
	 */
	async restore(): Promise<void> {
		for (const entry of this.sources.filter((s) => s.file || s.text !== undefined)) {
			const again: SourceEntry = { ...entry, status: 'loading', error: undefined };
			await this.#ingest(again, entry.source?.sheet, entry.mapping);
		}
		await this.#rebuildViews(false);
	}

	/** Changes what a source holds; its column roles are detected again for that kind. */
	async setKind(table: string, kind: SourceKind): Promise<void> {
		const entry = this.#entry(table);
		if (!entry?.source || !entry.mapping) return;
		const roles = detectColumnRoles(entry.source.columns, kind);
		await this.#remap(entry, { ...entry.mapping, kind, roles });
	}

	/** Gives column `column` of a source the role `role` (taking it from any other column). */
	async setRole(table: string, column: string, role: Role): Promise<void> {
		const entry = this.#entry(table);
		if (!entry?.mapping) return;
		const roles = { ...entry.mapping.roles };
		const unique = role !== 'ignore' && role !== 'attribute';
		if (unique) {
			for (const [name, r] of Object.entries(roles)) {
				if (r === role) roles[name] = entry.mapping.kind === 'customers' ? 'attribute' : 'ignore';
			}
		}
		roles[column] = role;
		await this.#remap(entry, { ...entry.mapping, roles });
	}

	/** Reads the text dates of column `column` of a source as `format` (the user's choice). */
	async setDateFormat(table: string, column: string, format: DateFormat): Promise<void> {
		const entry = this.#entry(table);
		if (!entry?.mapping) return;
		const dateFormats = { ...entry.mapping.dateFormats, [column]: format };
		await this.#remap(entry, { ...entry.mapping, dateFormats });
	}

	/** Changes the cleaning rules; every source is cleaned again. */
	async setCleaning(options: CleaningOptions): Promise<void> {
		this.cleaning = options;
		for (const entry of this.sources) {
			if (entry.status === 'ready') await this.#prepare(entry);
		}
		await this.#rebuildViews();
	}

	async #load(inputs: { fileName: string; file?: File; text?: string; size: number }[]) {
		const entries: SourceEntry[] = inputs.map((input) => ({
			...input,
			table: `src_${this.#nextTable++}`,
			status: 'loading',
			sheets: [],
			formatNotes: []
		}));
		this.sources = [...this.sources, ...entries];
		for (const entry of entries) await this.#ingest(entry);
		await this.#rebuildViews();
	}

	async #ingest(entry: SourceEntry, sheet?: string, keep?: SourceMapping): Promise<void> {
		this.#put(entry);
		this.activity = {
			label: english('progress.reading', { name: entry.fileName }),
			fraction: null
		};
		try {
			const loaded = await timed(`ingest:${entry.fileName}`, () =>
				ingestFile(this.#engine, { ...entry, sheet })
			);
			const mapping = keep ?? this.#mappingFor(loaded.source);
			const ready: SourceEntry = { ...entry, ...loaded, mapping, status: 'ready' };
			this.#put(ready);
			await this.#prepare(ready);
		} catch (error) {
			this.#put({ ...entry, status: 'error', error: engineErrorMessage(error) });
		} finally {
			this.activity = null;
		}
	}

	async #remap(entry: SourceEntry, mapping: SourceEntry['mapping']): Promise<void> {
		const next = { ...entry, mapping, report: undefined };
		this.#put(next);
		await this.#prepare(next);
		await this.#rebuildViews();
	}

	async #prepare(entry: SourceEntry): Promise<void> {
		this.activity = {
			label: english('progress.cleaning', { name: entry.fileName }),
			fraction: null
		};
		try {
			const prepared = await timed(`clean:${entry.fileName}`, () =>
				prepareSource(this.#engine, entry, this.cleaning)
			);
			this.#put(prepared);
		} finally {
			this.activity = null;
		}
	}

	async #rebuildViews(notify = true): Promise<void> {
		await timed('views', () => rebuildCanonicalViews(this.#engine, this.sources));
		this.viewsVersion++;
		if (!notify) return;
		for (const listener of this.#viewListeners) listener();
	}

	// A saved mapping is reused when its file comes back with the columns it names; a column it
	// does not know gets a detected role. Otherwise everything is detected afresh.
	#mappingFor(source: SourceTable): SourceMapping {
		const detected = detectMapping(source);
		const spec = this.isDemo
			? undefined
			: this.savedSpecs.find(
					(s) => s.fileName === source.fileName && (s.sheet ?? null) === (source.sheet ?? null)
				);
		const names = source.columns.map((c) => c.name);
		if (!spec || !Object.keys(spec.roles).every((name) => names.includes(name))) return detected;
		const known = (name: string) => name in spec.roles;
		return {
			table: source.table,
			kind: spec.kind,
			roles: Object.fromEntries(
				names.map((n) => [n, known(n) ? spec.roles[n]! : detected.roles[n]!])
			),
			dateFormats: spec.dateFormats,
			numberFormats: spec.numberFormats
		};
	}

	async #removeAll(): Promise<void> {
		for (const entry of this.sources) await this.#dropTable(entry.table);
		this.sources = [];
	}

	async #dropTable(table: string): Promise<void> {
		await this.#engine.query(
			`${buildDropCleanSql(table)}; DROP TABLE IF EXISTS ${quoteIdent(table)}`
		);
		for (const file of registeredFileNames(table)) {
			await this.#engine.dropFile(file).catch(() => undefined);
		}
	}

	#entry(table: string): SourceEntry | undefined {
		return this.sources.find((s) => s.table === table);
	}

	#put(entry: SourceEntry): void {
		this.sources = this.sources.map((s) => (s.table === entry.table ? entry : s));
	}
}
