import { createStore, del, get, set, clear } from 'idb-keyval';

// One IndexedDB store for the notebook; the data files, only when the user opts in, go to the
// origin-private file system. Both stay on this device.
const store = createStore('segmentbook', 'notebook');
const NOTEBOOK_KEY = 'notebook';
const FILES_DIR = 'segmentbook-files';

/** What autosave keeps: the notebook file's text and how its data was given. */
export interface SavedNotebook {
	/** The notebook as `serializeNotebook` writes it (validated again when read). */
	text: string;
	/** The notebook ran on the built-in demo data. */
	demo: boolean;
	/** The user chose to keep the data files on this device. */
	keepData: boolean;
	savedAt: string;
}

/** The autosaved notebook, or null when there is none (or storage is unavailable). */
export async function readSaved(): Promise<SavedNotebook | null> {
	try {
		return (await get<SavedNotebook>(NOTEBOOK_KEY, store)) ?? null;
	} catch {
		return null;
	}
}

/** Saves the notebook (never the data unless `keepData`, which is stored separately). */
export async function writeSaved(saved: SavedNotebook): Promise<void> {
	await set(NOTEBOOK_KEY, saved, store);
}

/** Copies the given data files into this origin's private file system. */
export async function keepFiles(files: File[]): Promise<void> {
	const dir = await filesDir(true);
	for (const file of files) {
		const handle = await dir.getFileHandle(file.name, { create: true });
		const writable = await handle.createWritable();
		await writable.write(file);
		await writable.close();
	}
}

/** The data files kept on this device, if any. */
export async function keptFiles(): Promise<File[]> {
	try {
		const dir = await filesDir(false);
		const files: File[] = [];
		for await (const handle of (
			dir as unknown as { values(): AsyncIterable<FileSystemHandle> }
		).values()) {
			if (handle.kind === 'file') files.push(await (handle as FileSystemFileHandle).getFile());
		}
		return files;
	} catch {
		return [];
	}
}

/** Removes the kept data files. */
export async function dropKeptFiles(): Promise<void> {
	try {
		const root = await navigator.storage.getDirectory();
		await root.removeEntry(FILES_DIR, { recursive: true });
	} catch {
		// Nothing was kept.
	}
}

/** Forgets everything this app stored on the device: the notebook and any kept data. */
export async function forgetEverything(): Promise<void> {
	await del(NOTEBOOK_KEY, store);
	await clear(store);
	await dropKeptFiles();
}

async function filesDir(create: boolean): Promise<FileSystemDirectoryHandle> {
	const root = await navigator.storage.getDirectory();
	return root.getDirectoryHandle(FILES_DIR, { create });
}
