import type { ReaderRequest, ReaderResponse } from './reader-protocol';
import { workbookToCsv } from './workbook-to-csv';
import { jsonToArrow } from './json-to-arrow';
import { parquetToArrow } from './parquet-to-arrow';

// A thin adapter: parsing workbooks, JSON and Parquet is heavy, so it happens here, off the page.
self.onmessage = async (event: MessageEvent<ReaderRequest>) => {
	const request = event.data;
	const reply = (response: ReaderResponse, transfer: Transferable[] = []) =>
		(self as unknown as Worker).postMessage(response, transfer);
	try {
		if (request.type === 'workbook') {
			reply({ id: request.id, type: 'sheets', sheets: workbookToCsv(request.bytes) });
		} else {
			const result =
				request.type === 'json'
					? jsonToArrow(new TextDecoder().decode(request.bytes))
					: await parquetToArrow(request.bytes);
			reply({ id: request.id, type: 'arrow', ...result }, [result.ipc.buffer]);
		}
	} catch (error) {
		reply({ id: request.id, type: 'error', message: (error as Error).message ?? String(error) });
	}
};
