import { isoDay } from './calendar';
import { csvField, CsvWriter } from './csv';
import type { Person } from './person';

/** Header of `customers.csv`. */
export const CUSTOMER_HEADER = [
	'customer_id',
	'first_name',
	'email',
	'signup_date',
	'birth_date',
	'gender',
	'education',
	'occupation',
	'marital_status',
	'children',
	'annual_income',
	'city',
	'region',
	'country',
	'interests'
] as const;

/** `customers.csv`: one row per person, buyers and prospects alike, in id order. */
export function customersCsv(people: readonly Person[]): string {
	const csv = new CsvWriter(CUSTOMER_HEADER);
	for (const p of people) {
		const d = p.demographics;
		const row = [
			p.id,
			csvField(p.firstName),
			p.email,
			isoDay(p.signupDay),
			isoDay(p.birthDay),
			d.gender,
			d.education,
			csvField(d.occupation),
			d.marital,
			String(d.children),
			d.income === null ? '' : String(d.income),
			csvField(p.place.city),
			csvField(p.place.region),
			csvField(p.place.country),
			csvField(p.affinity.interests)
		];
		csv.push(row.join(','));
	}
	return csv.toString();
}
