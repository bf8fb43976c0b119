/** A JSON value: all a notebook file can hold. */
export type JsonValue =
	null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Whether `value` is a plain object: not null, an array, or a class instance (an Arrow table). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null) return false;
	const proto: unknown = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null;
}

/**
 * A copy of `value` that keeps only JSON: plain objects, arrays, text, finite numbers, booleans
 * and null. Anything else (functions, typed arrays, Arrow tables, dates, cycles) is left out, so
 * a notebook cannot carry data by accident. `sortKeys` gives objects a stable key order.
 */
export function toJsonValue(value: unknown, sortKeys = false): JsonValue | undefined {
	return copy(value, sortKeys, new Set());
}

function copy(value: unknown, sortKeys: boolean, ancestors: Set<object>): JsonValue | undefined {
	if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value !== 'object' || ancestors.has(value)) return undefined;
	if (!Array.isArray(value) && !isPlainObject(value)) return undefined;
	ancestors.add(value);
	let out: JsonValue;
	if (Array.isArray(value)) {
		// As JSON.stringify does: a left-out item becomes null, so the others keep their index.
		out = value.map((item) => copy(item, sortKeys, ancestors) ?? null);
	} else {
		const keys = Object.keys(value);
		if (sortKeys) keys.sort();
		const entries: [string, JsonValue][] = [];
		for (const key of keys) {
			const item = copy(value[key], sortKeys, ancestors);
			if (item !== undefined) entries.push([key, item]);
		}
		// fromEntries defines own properties, so a `__proto__` key stays a plain key.
		out = Object.fromEntries(entries);
	}
	ancestors.delete(value);
	return out;
}
