import { isPlainObject } from './json-value';
import { english } from '../i18n/english';

const NAME = /^[A-Za-z_$][\w$]*$/;
const SHOWN_TEXT = 40;

/** The path of `key` inside `path`, as a reader would write it: `cells[2].kind`, `roles["ID"]`. */
export function childPath(path: string, key: string | number): string {
	if (typeof key === 'number') return `${path}[${key}]`;
	if (!NAME.test(key)) return `${path}[${JSON.stringify(key)}]`;
	return path ? `${path}.${key}` : key;
}

/** How a value found in a file is named in a message: `"dollars"`, `3`, `a list`. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') {
		return JSON.stringify(value.length > SHOWN_TEXT ? `${value.slice(0, SHOWN_TEXT)}…` : value);
	}
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return 'an object';
}

/**
 * Reads untrusted JSON field by field. Each reader returns the value when it has the expected
 * shape, or records an error naming its path and returns undefined. Warnings are for what was
 * fixed or ignored; they are sentences, shown to the user as they are.
 */
export class SchemaCheck {
	readonly errors: string[] = [];
	readonly warnings: string[] = [];

	/** Records that the value at `path` is not what was expected. */
	fail(path: string, expected: string, value: unknown): undefined {
		this.errors.push(
			value === undefined
				? `${path}: missing (expected ${expected})`
				: `${path}: expected ${expected}, got ${describeValue(value)}`
		);
		return undefined;
	}

	/** Records a problem at `path` in words of its own. */
	problem(path: string, message: string): undefined {
		this.errors.push(`${path}: ${message}`);
		return undefined;
	}

	/** A plain object. */
	object(value: unknown, path: string): Record<string, unknown> | undefined {
		return isPlainObject(value) ? value : this.fail(path, 'an object', value);
	}

	/** A list. */
	list(value: unknown, path: string): unknown[] | undefined {
		return Array.isArray(value) ? value : this.fail(path, 'a list', value);
	}

	/** Text; with `nonEmpty`, text that is not blank. */
	text(value: unknown, path: string, nonEmpty = false): string | undefined {
		if (typeof value === 'string' && (!nonEmpty || value.trim() !== '')) return value;
		return this.fail(path, nonEmpty ? 'non-empty text' : 'text', value);
	}

	/** true or false. */
	boolean(value: unknown, path: string): boolean | undefined {
		return typeof value === 'boolean' ? value : this.fail(path, 'true or false', value);
	}

	/** One of a fixed list of values; `expected` describes them when the list is long. */
	oneOf<T extends string | null>(
		value: unknown,
		path: string,
		allowed: readonly T[],
		expected = `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`
	): T | undefined {
		return allowed.includes(value as T) ? (value as T) : this.fail(path, expected, value);
	}

	/** An object whose every value `item` accepts (a mapping keyed by column name). */
	record<T>(
		value: unknown,
		path: string,
		item: (value: unknown, path: string) => T | undefined
	): Record<string, T> | undefined {
		const obj = this.object(value, path);
		if (!obj) return undefined;
		const entries: [string, T][] = [];
		for (const [key, raw] of Object.entries(obj)) {
			const read = item(raw, childPath(path, key));
			if (read !== undefined) entries.push([key, read]);
		}
		// fromEntries defines own properties, so a column named `__proto__` stays a plain key.
		return entries.length === Object.keys(obj).length ? Object.fromEntries(entries) : undefined;
	}

	/** Warns about fields this version does not know; they are left out of the notebook. */
	ignoreUnknown(obj: Record<string, unknown>, path: string, known: readonly string[]): void {
		for (const key of Object.keys(obj)) {
			if (!known.includes(key))
				this.warnings.push(english('loading.unknownField', { path: childPath(path, key) }));
		}
	}
}
