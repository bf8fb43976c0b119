import { NOTEBOOK_FILE_EXTENSION } from './notebook-file';

/** The file name a notebook is saved under: its title, made safe for file systems. */
export function notebookFileName(title: string): string {
	const safe = (title.trim() || 'notebook').replace(/[\\/:*?"<>|]+/g, '-').slice(0, 80);
	return safe + NOTEBOOK_FILE_EXTENSION;
}
