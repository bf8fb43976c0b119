import { GROUP_NAMES, GROUPS, type Group } from './groups';
import { drawPerson, type Person } from './person';
import { Random } from './random';
import type { Samplers } from './schedule';

/** Draws everyone (buyers of every group and prospects), with ids given in signup order. */
export function buildPopulation(seed: number, samplers: Samplers): Person[] {
	const rng = new Random(seed, 'people');
	const groups: Group[] = [];
	for (const group of GROUP_NAMES) {
		for (let i = 0; i < GROUPS[group].count; i++) groups.push(group);
	}
	rng.shuffle(groups);
	const emails = new Set<string>();
	const people = groups.map((group) => drawPerson(rng, group, samplers, emails));
	// A CRM numbers customers as they sign up; the sort is stable, so ties keep the drawn order.
	people.sort((a, b) => a.signupDay - b.signupDay);
	people.forEach((p, i) => (p.id = 'CU' + String(i + 1).padStart(5, '0')));
	return people;
}
