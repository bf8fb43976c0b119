import { quoteIdent } from '../sql/quote';
import { attributeType, isAttributeRole, type AttributeRole } from './canonical-schema';
import {
	columnFor,
	freeName,
	readDate,
	readId,
	readNumber,
	readText,
	type CleanInput,
	type CleanPlan
} from './clean-read';
import type { SourceColumn } from './types';

const INTERNAL_NAMES = ['_line', '_reason', '_duplicate', '_sb_repeated', 'customer_id'];

/** How a customers file becomes one row per customer with its attributes. */
export function customersPlan(input: CleanInput): CleanPlan {
	const named = new Map<SourceColumn, AttributeRole>();
	for (const column of input.source.columns) {
		const role = input.mapping.roles[column.name];
		if (role && isAttributeRole(role) && ![...named.values()].includes(role)) {
			named.set(column, role);
		}
	}
	// DuckDB names are case-insensitive: an `attribute` column called "City" next to a column
	// mapped to `city` would clash, so it gets a suffix.
	const taken = new Set([...INTERNAL_NAMES, ...named.values()]);
	const parsed = [`${readId(columnFor(input, 'customer_id'))} AS customer_id`];
	const output = ['customer_id'];
	for (const column of input.source.columns) {
		const role = named.get(column);
		if (role) {
			parsed.push(`${readAttribute(input, column, role)} AS ${role}`);
			output.push(role);
		} else if (input.mapping.roles[column.name] === 'attribute') {
			const name = freeName(column.name, taken);
			parsed.push(`${quoteIdent(column.name)} AS ${quoteIdent(name)}`);
			output.push(quoteIdent(name));
		}
	}
	const repeated = `customer_id IS NOT NULL AND row_number() OVER (PARTITION BY customer_id ORDER BY _line) > 1`;
	return {
		parsed,
		shaped: [`${repeated} AS _sb_repeated`],
		output,
		reasons: { missing_customer_id: 'customer_id IS NULL', repeated_customer_id: '_sb_repeated' }
	};
}

function readAttribute(input: CleanInput, column: SourceColumn, role: AttributeRole): string {
	const type = attributeType(role);
	if (type === 'DOUBLE') return readNumber(input, column);
	if (type === 'DATE') return `CAST(${readDate(input, column)} AS DATE)`;
	return readText(column);
}
