/**
 * Messages between the page and the Parquet-writer worker. A file is written in steps under one
 * id: its batches one by one, then `finish`; `abort` drops it.
 */
export type ParquetRequest =
	/** Arrow IPC stream bytes (schema and one batch), transferred, not copied. */
	| { id: number; type: 'batch'; ipc: Uint8Array }
	/** The schema alone as Arrow IPC stream bytes: for a file without a batch. */
	| { id: number; type: 'finish'; schema: Uint8Array }
	| { id: number; type: 'abort' };

export type ParquetResponse =
	| { id: number; type: 'parquet'; bytes: Uint8Array }
	| { id: number; type: 'error'; message: string };
