import { tableFromIPC } from 'apache-arrow';
import { ParquetBatchWriter } from '../../report/arrow-to-parquet';
import type { ParquetRequest, ParquetResponse } from './parquet-protocol';

// A thin adapter: encoding and compressing every column is heavy, so it happens here, off the
// page (Arrow's decoders may also compile code, which the page's CSP forbids but a worker allows).
// The files being written, by id; an id whose batch failed is dropped and its later messages
// are ignored (its error has been sent).
const writers = new Map<number, ParquetBatchWriter>();
const failed = new Set<number>();

const reply = (response: ParquetResponse, transfer: Transferable[] = []) =>
	(self as unknown as Worker).postMessage(response, transfer);

self.onmessage = (event: MessageEvent<ParquetRequest>) => {
	const request = event.data;
	const { id } = request;
	if (request.type === 'abort') {
		writers.delete(id);
		failed.delete(id);
		return;
	}
	if (failed.has(id)) {
		if (request.type === 'finish') failed.delete(id);
		return;
	}
	try {
		if (request.type === 'batch') {
			const table = tableFromIPC(request.ipc);
			const writer = writers.get(id) ?? new ParquetBatchWriter(table.schema);
			writers.set(id, writer);
			for (const batch of table.batches) writer.add(batch);
			return;
		}
		const writer = writers.get(id) ?? new ParquetBatchWriter(tableFromIPC(request.schema).schema);
		writers.delete(id);
		const bytes = writer.finish();
		reply({ id, type: 'parquet', bytes }, [bytes.buffer]);
	} catch (error) {
		writers.delete(id);
		if (request.type === 'batch') failed.add(id);
		reply({ id, type: 'error', message: (error as Error).message ?? String(error) });
	}
};
