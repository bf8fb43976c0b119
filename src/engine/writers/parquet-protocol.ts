/** Messages between the page and the Parquet-writer worker. */
export interface ParquetRequest {
	id: number;
	/** The table to write, as Arrow IPC stream bytes (transferred, not copied). */
	ipc: Uint8Array;
}

export type ParquetResponse =
	| { id: number; type: 'parquet'; bytes: Uint8Array }
	| { id: number; type: 'error'; message: string };
