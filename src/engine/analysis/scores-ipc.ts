import { Float64, makeData, makeVector, Table, tableToIPC, type Vector } from 'apache-arrow';

/**
 * Arrow IPC stream bytes of a table of customer ids and numeric score columns, NaN written as
 * NULL, ready for `Engine.insertArrowIpc`.
 */
export function scoresIpc(customerIds: Vector, columns: Record<string, Float64Array>): Uint8Array {
	const vectors: Record<string, Vector> = { customer_id: customerIds };
	for (const [name, values] of Object.entries(columns)) {
		if (values.length !== customerIds.length) {
			throw new Error(
				`invalid ${name}: ${values.length} values for ${customerIds.length} customers`
			);
		}
		vectors[name] = float64Vector(values);
	}
	return tableToIPC(new Table(vectors), 'stream');
}

// Built from its buffers rather than with `vectorFromArray`: Arrow's builders compile their null
// test with `new Function`, which the page's Content-Security-Policy (no 'unsafe-eval') refuses.
function float64Vector(values: Float64Array): Vector<Float64> {
	const data = new Float64Array(values.length);
	const nullBitmap = new Uint8Array((values.length + 7) >> 3);
	let nullCount = 0;
	values.forEach((value, i) => {
		if (!Number.isFinite(value)) {
			nullCount++;
			return;
		}
		data[i] = value;
		nullBitmap[i >> 3]! |= 1 << (i & 7);
	});
	return makeVector(
		makeData({ type: new Float64(), length: values.length, nullCount, nullBitmap, data })
	);
}
