import { t } from '../../i18n/t';
import { downloadFile } from '../../ui/download';

/** A file an export made: its content, name and media type. */
export interface ExportedFile {
	content: BlobPart;
	name: string;
	type: string;
}

/** Which export is being made, and the last one's failure; one export at a time. */
export class ExportAction {
	busy = $state<string | null>(null);
	error = $state<string | null>(null);
	/** The name of the last file downloaded, for the status line. */
	last = $state<string | null>(null);

	/** Makes the file `what` and downloads it; a failure is shown, not thrown. */
	async run(what: string, make: () => Promise<ExportedFile> | ExportedFile): Promise<void> {
		if (this.busy) return;
		this.busy = what;
		this.error = null;
		try {
			const file = await make();
			downloadFile(file.content, file.name, file.type);
			this.last = file.name;
		} catch (error) {
			this.error = t('export.failed', {
				error: error instanceof Error ? error.message : String(error)
			});
		} finally {
			this.busy = null;
		}
	}
}
