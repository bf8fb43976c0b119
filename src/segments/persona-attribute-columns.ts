/** A column of `customers` with its DuckDB type. */
interface Column {
	name: string;
	type: string;
}

// Identify a person rather than describe a group: never profiled.
const IDENTIFYING =
	/(^|_)(id|email|e_mail|name|first_name|last_name|phone|mobile|address|street|zip|postcode|postal_code)$/i;

const DATE = /^(DATE|TIMESTAMP)/i;

/**
 * The attribute columns of customer_attributes profiled on persona cards: every column but the
 * id, those that identify a person (email, name, phone, address...) and dates other than a
 * birth date (a sign-up day describes no group; a birth date gives the age).
 */
export function personaAttributeColumns(columns: readonly Column[]): Column[] {
	return columns.filter(
		(c) =>
			c.name !== 'customer_id' &&
			!IDENTIFYING.test(c.name) &&
			(!DATE.test(c.type.trim()) || /birth|dob/i.test(c.name))
	);
}
