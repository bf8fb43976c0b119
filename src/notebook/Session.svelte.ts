import { getEngine, type Engine } from '../engine/database';
import { engineErrorMessage } from '../engine/engine-error';
import { DataWorkspace } from './DataWorkspace.svelte';
import { Notebook } from './Notebook.svelte';
import { defaultNotebook } from './default-notebook';
import { parseNotebook, serializeNotebook } from './notebook-file';
import { decodeShareFragment } from './share-link';
import { KNOWN_KINDS } from './kinds/registry';
import {
	dropKeptFiles,
	forgetEverything,
	keepFiles,
	keptFiles,
	readSaved,
	writeSaved
} from './autosave';
import type { NotebookDoc } from './document';
import { markTiming } from './timings';
import { EngineRecovery } from './EngineRecovery.svelte';
import { readerClient } from '../engine/readers/reader-client';
import { english } from '../i18n/english';
import type { DemoFile } from '../engine/readers/reader-client';
import { engineWhenStarted } from '../engine/engine-when-started';
import { snapshotKey, type DemoSnapshot } from '../demo/snapshot/demo-snapshot';
import { fetchDemoSnapshot } from '../demo/snapshot/fetch-demo-snapshot';

/** A message about the notebook as a whole. */
type Notice = { kind: 'error' | 'info'; text: string };

// Autosave waits for a pause in the edits, but never longer than the maximum while they go on:
// a tab that is killed loses at most the last moment of typing.
const SAVE_PAUSE_MS = 250;
const SAVE_MAX_WAIT_MS = 1000;

/**
 * The app's session: starts the engine, restores the notebook (share link, then autosave, then
 * the default with the demo data), keeps data and notebook in step, and autosaves.
 */
export class Session {
	engine = $state.raw<Engine | null>(null);
	data = $state.raw<DataWorkspace | null>(null);
	notebook = $state.raw<Notebook | null>(null);
	startError = $state<string | null>(null);
	/** A message about the notebook as a whole (an opened file refused, a link broken...). */
	notice = $state<Notice | null>(null);
	/** The demo shown is the build's snapshot, while DuckDB starts and computes it here. */
	showingSnapshot = $state(false);
	keepData = $state(false);
	/** Brings the notebook back after the engine restarts; null until the engine is up. */
	recovery = $state.raw<EngineRecovery | null>(null);
	/** Whether the latest edits are saved on this device. */
	saveState = $state<'saved' | 'pending' | 'failed'>('saved');
	#saveTimer: ReturnType<typeof setTimeout> | undefined;
	#pendingSince = 0;
	#edits = 0;
	#adopting = false;
	// The first load and computation of the demo, when the page started from its snapshot.
	#live: Promise<void> = Promise.resolve();

	/** Starts everything; safe to call once. */
	async start(): Promise<void> {
		try {
			// DuckDB takes a few seconds to start: the saved notebook is read and the demo made
			// (in the reader worker) meanwhile.
			const starting = getEngine();
			const { doc, demo, keepData, message, fresh } = await this.#initialDoc();
			const demoFiles = demo || doc.sources.length === 0 ? readerClient.makeDemo() : null;
			demoFiles?.catch(() => undefined);
			if (fresh && demoFiles) {
				const snapshot = await Promise.race([
					fetchDemoSnapshot(),
					starting.then(
						() => null,
						() => null
					)
				]);
				if (snapshot?.key === snapshotKey(doc)) {
					await this.#startFromSnapshot(starting, doc, snapshot, demoFiles, message);
					return;
				}
			}
			const engine = await starting;
			markTiming('engine-ready');
			const data = new DataWorkspace(engine);
			const notebook = new Notebook(engine, data, doc);
			data.onViewsChanged(() => void notebook.dataChanged());
			this.recovery = new EngineRecovery(engine, data, notebook);
			this.#listenForHide();
			this.engine = engine;
			this.data = data;
			this.notebook = notebook;
			this.keepData = keepData;
			if (message) this.notice = message;
			if (demoFiles) await data.loadDemo(demoFiles);
			else if (keepData) await data.addFiles(await keptFiles());
		} catch (error) {
			this.startError = engineErrorMessage(error);
		}
	}

	// A first visit: the demo notebook is shown at once from the build's snapshot, with an engine
	// that waits for DuckDB; the demo is then loaded and computed here, replacing the snapshot.
	async #startFromSnapshot(
		starting: Promise<Engine>,
		doc: NotebookDoc,
		snapshot: DemoSnapshot,
		demoFiles: Promise<DemoFile[]>,
		message: Notice | undefined
	): Promise<void> {
		const waiting = engineWhenStarted(starting);
		const data = new DataWorkspace(waiting);
		const notebook = new Notebook(waiting, data, doc);
		data.showSnapshot(snapshot.sources);
		notebook.showSnapshot(snapshot);
		this.showingSnapshot = true;
		this.data = data;
		this.notebook = notebook;
		if (message) this.notice = message;
		// Marked at the next frame: the snapshot is then in the page, about to be painted.
		requestAnimationFrame(() => markTiming('snapshot-shown'));
		this.#live = notebook.recomputeAfter(() => data.loadDemo(demoFiles));
		const engine = await starting;
		markTiming('engine-ready');
		this.recovery = new EngineRecovery(engine, data, notebook);
		this.#listenForHide();
		this.engine = engine;
		try {
			await this.#live;
		} finally {
			this.showingSnapshot = false;
			data.onViewsChanged(() => void notebook.dataChanged());
		}
	}

	#listenForHide(): void {
		addEventListener('pagehide', () => this.flushSave());
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'hidden') this.flushSave();
		});
	}

	/** Adds dropped files to the data (and keeps a copy on the device when the user chose so). */
	async addFiles(files: File[]): Promise<void> {
		if (!this.data) return;
		await this.#live;
		if (this.keepData) await keepFiles(files).catch(() => undefined);
		await this.data.addFiles(files);
	}

	/** Opens a notebook file's text; on a bad file, says why and changes nothing. */
	async openNotebook(text: string, fileName: string): Promise<void> {
		const parsed = parseNotebook(text, KNOWN_KINDS);
		if (!parsed.ok) {
			this.notice = {
				kind: 'error',
				text: english('notice.openFailed', { name: fileName, error: parsed.error })
			};
			return;
		}
		this.notice = parsed.warnings.length
			? {
					kind: 'info',
					// One a line: each warning is read back and translated on its own.
					text: english('notice.openedWithWarnings', {
						name: fileName,
						warnings: parsed.warnings.join('\n')
					})
				}
			: null;
		await this.#adopt(parsed.doc);
	}

	/** The notebook file's text, for "Save notebook". */
	notebookText(): string {
		return this.notebook ? serializeNotebook(this.notebook.toDoc()) : '';
	}

	/** Turns keeping the data files on this device on or off. */
	async setKeepData(keep: boolean): Promise<void> {
		this.keepData = keep;
		if (keep && this.data) {
			const files = this.data.sources.flatMap((s) => (s.file ? [s.file] : []));
			await keepFiles(files).catch(() => undefined);
		} else {
			await dropKeptFiles();
		}
		this.scheduleSave();
	}

	/** Forgets the notebook and any kept data on this device, and starts afresh with the demo. */
	async forget(): Promise<void> {
		// A save still waiting would write the forgotten notebook back after the deletion.
		clearTimeout(this.#saveTimer);
		this.#saveTimer = undefined;
		await forgetEverything();
		this.keepData = false;
		await this.#adopt(defaultNotebook());
		this.notice = { kind: 'info', text: english('notice.forgotten') };
	}

	/** Saves the notebook soon (coalescing bursts of edits). */
	scheduleSave(): void {
		this.#edits++;
		this.saveState = 'pending';
		const waiting = this.#saveTimer !== undefined;
		if (waiting && performance.now() - this.#pendingSince >= SAVE_MAX_WAIT_MS) return;
		if (!waiting) this.#pendingSince = performance.now();
		clearTimeout(this.#saveTimer);
		this.#saveTimer = setTimeout(() => void this.#save(), SAVE_PAUSE_MS);
	}

	/** Saves at once whatever waits to be saved (the page is being hidden or closed). */
	flushSave(): void {
		if (this.#saveTimer !== undefined) void this.#save();
	}

	async #save(): Promise<void> {
		clearTimeout(this.#saveTimer);
		this.#saveTimer = undefined;
		if (!this.notebook || !this.data || this.#adopting) return;
		const edits = this.#edits;
		try {
			await writeSaved({
				text: serializeNotebook(this.notebook.toDoc()),
				demo: this.data.isDemo,
				keepData: this.keepData,
				savedAt: new Date().toISOString()
			});
			if (edits === this.#edits) this.saveState = 'saved';
		} catch {
			this.saveState = 'failed';
		}
	}

	async #adopt(doc: NotebookDoc): Promise<void> {
		if (!this.notebook || !this.data) return;
		await this.#live;
		// Until the old files are unloaded the document would be saved with their names (or,
		// after "forget", the old notebook written back): nothing is saved before it is done.
		this.#adopting = true;
		try {
			this.notebook.load(doc);
			if (doc.sources.length === 0) await this.data.loadDemo();
			else await this.data.clear();
		} finally {
			this.#adopting = false;
			this.scheduleSave();
		}
	}

	async #initialDoc(): Promise<{
		doc: NotebookDoc;
		demo: boolean;
		keepData: boolean;
		message?: Notice;
		/** A new default notebook (no link, nothing saved): the demo snapshot may show it. */
		fresh?: boolean;
	}> {
		if (location.hash.startsWith('#nb=')) {
			const shared = await decodeShareFragment(location.hash, KNOWN_KINDS);
			history.replaceState(null, '', location.pathname + location.search);
			if (shared.ok) {
				return {
					doc: shared.doc,
					demo: shared.doc.sources.length === 0,
					keepData: false,
					message: { kind: 'info', text: english('notice.sharedOpened') }
				};
			}
			return {
				doc: defaultNotebook(),
				demo: true,
				keepData: false,
				message: { kind: 'error', text: english('notice.sharedFailed', { error: shared.error }) }
			};
		}
		const saved = await readSaved();
		if (saved) {
			const parsed = parseNotebook(saved.text, KNOWN_KINDS);
			if (parsed.ok) return { doc: parsed.doc, demo: saved.demo, keepData: saved.keepData };
		}
		return { doc: defaultNotebook(), demo: true, keepData: false, fresh: true };
	}
}
