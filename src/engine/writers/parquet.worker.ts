import { tableFromIPC } from 'apache-arrow';
import { arrowToParquet } from '../../report/arrow-to-parquet';
import type { ParquetRequest, ParquetResponse } from './parquet-protocol';

// A thin adapter: encoding and compressing every column is heavy, so it happens here, off the
// page (Arrow's decoders may also compile code, which the page's CSP forbids but a worker allows).
self.onmessage = (event: MessageEvent<ParquetRequest>) => {
	const { id, ipc } = event.data;
	const reply = (response: ParquetResponse, transfer: Transferable[] = []) =>
		(self as unknown as Worker).postMessage(response, transfer);
	try {
		const bytes = arrowToParquet(tableFromIPC(ipc));
		reply({ id, type: 'parquet', bytes }, [bytes.buffer]);
	} catch (error) {
		reply({ id, type: 'error', message: (error as Error).message ?? String(error) });
	}
};
