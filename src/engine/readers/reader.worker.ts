import type { ReaderRequest, ReaderResponse } from './reader-protocol';
import { workbookToCsv } from './workbook-to-csv';
import { jsonToArrow } from './json-to-arrow';
import { parquetToArrow } from './parquet-to-arrow';
import { decodeText } from './decode-text';
import { generateDemoData } from '../../demo';

// A thin adapter: decoding legacy-encoded text, parsing workbooks, JSON and Parquet, and making the demo store, are heavy, so
// they happen here, off the page.
self.onmessage = async (event: MessageEvent<ReaderRequest>) => {
	const request = event.data;
	const reply = (response: ReaderResponse, transfer: Transferable[] = []) =>
		(self as unknown as Worker).postMessage(response, transfer);
	try {
		if (request.type === 'demo') {
			reply({ id: request.id, type: 'demo', files: generateDemoData() });
		} else if (request.type === 'text') {
			reply({ id: request.id, type: 'text', text: decodeText(request.bytes, request.encoding) });
		} else if (request.type === 'workbook') {
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
