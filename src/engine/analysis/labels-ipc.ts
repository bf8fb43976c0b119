import { Int32, makeData, makeVector, Table, tableToIPC, type Vector } from 'apache-arrow';

/**
 * Arrow IPC stream bytes of a `(customer_id, cluster)` table, ready for `Engine.insertArrowIpc`.
 * Labels are the models' (0 = the largest cluster, −1 = not clustered); the column numbers
 * clusters from 1, as people count them, and leaves unclustered customers NULL.
 */
export function clusterLabelsIpc(customerIds: Vector, labels: Int32Array): Uint8Array {
	if (customerIds.length !== labels.length) {
		throw new Error(`invalid labels: ${labels.length} for ${customerIds.length} customers`);
	}
	return tableToIPC(
		new Table({ customer_id: customerIds, cluster: clusterVector(labels) }),
		'stream'
	);
}

// Built from its buffers rather than with `vectorFromArray`: Arrow's builders compile their null
// test with `new Function`, which the page's Content-Security-Policy (no 'unsafe-eval') refuses.
function clusterVector(labels: Int32Array): Vector<Int32> {
	const values = new Int32Array(labels.length);
	const nullBitmap = new Uint8Array((labels.length + 7) >> 3);
	let nullCount = 0;
	labels.forEach((label, i) => {
		if (label < 0) {
			nullCount++;
			return;
		}
		values[i] = label + 1;
		nullBitmap[i >> 3]! |= 1 << (i & 7);
	});
	return makeVector(
		makeData({ type: new Int32(), length: labels.length, nullCount, nullBitmap, data: values })
	);
}
