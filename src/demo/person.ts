import { drawAffinity, type Affinity } from './affinity';
import { DAY_SECONDS, dayOf, PERIOD_DAYS } from './calendar';
import { APP, PHONE, secondOfDay, STORE } from './channels';
import { drawAge, drawDemographics, type Demographics } from './demographics';
import { drawPlace, type Place } from './geography';
import { GROUPS, type Group, type GroupProfile } from './groups';
import { emailPart, NAMES } from './names';
import type { Random } from './random';
import { scheduleOrders, type Samplers } from './schedule';

/** One person of the demo shop, with everything the four files need to know about them. */
export interface Person {
	/** `CU00001`…, given in signup order once everyone is drawn. */
	id: string;
	group: Group;
	profile: GroupProfile;
	signupDay: number;
	birthDay: number;
	age: number;
	firstName: string;
	email: string;
	place: Place;
	demographics: Demographics;
	affinity: Affinity;
	/** Order moments in seconds from the period start, ascending, and each order's channel. */
	orderTimes: number[];
	orderChannels: number[];
}

// The shop opened its loyalty programme in March 2016; nobody signed up before.
const SIGNUP_FROM = dayOf(2016, 3, 1);

/** Draws one person of `group`; `emails` keeps addresses unique across the population. */
export function drawPerson(rng: Random, group: Group, s: Samplers, emails: Set<string>): Person {
	const profile = GROUPS[group];
	const days = scheduleOrders(rng, group, s);
	const signupDay = signupOf(rng, profile, days);
	// Old enough to sign up: 18 on the signup day, whatever the day of birth.
	const age = drawAge(rng, profile.age, 18 + Math.ceil((PERIOD_DAYS - signupDay + 2) / 365.25));
	const place = drawPlace(rng);
	const demographics = drawDemographics(rng, age, profile.education, place.income);
	const book = NAMES[place.code]!;
	const female =
		demographics.gender === 'female' || (demographics.gender !== 'male' && rng.chance(0.5));
	const firstName = rng.pick(female ? book.female : book.male);
	const family = rng.pick(book.family);
	let email: string;
	do {
		email = `${emailPart(firstName)}.${emailPart(family)}${rng.int(100, 999)}@example.com`;
	} while (emails.has(email));
	emails.add(email);
	const affinity = drawAffinity(rng, age, demographics.gender, demographics.children);
	const channels = profile.channels.slice();
	if (age >= 65) {
		channels[PHONE] = channels[PHONE]! * 3;
		channels[STORE] = channels[STORE]! * 1.5;
		channels[APP] = channels[APP]! * 0.4;
	}
	const preferred = rng.weighted(channels);
	const orderTimes: number[] = [];
	const orderChannels: number[] = [];
	for (const day of days) {
		const channel = rng.chance(0.7) ? preferred : rng.weighted(channels);
		orderChannels.push(channel);
		orderTimes.push(day * DAY_SECONDS + secondOfDay(rng, channel));
	}
	const birthDay = birthOf(rng, age);
	return {
		id: '',
		group,
		profile,
		signupDay,
		birthDay,
		age,
		firstName,
		email,
		place,
		demographics,
		affinity,
		orderTimes,
		orderChannels
	};
}

function signupOf(rng: Random, profile: GroupProfile, days: readonly number[]): number {
	const first = days[0];
	// Prospects: most signed up recently, a tail of them years ago.
	if (first === undefined) return PERIOD_DAYS - 1 - Math.floor(rng.float() ** 1.7 * 1100);
	const lag =
		profile === GROUPS.oneTime && rng.chance(0.55) ? 0 : rng.float() ** 2 * profile.signupLag;
	return Math.max(SIGNUP_FROM, first - Math.floor(lag));
}

// A birthday such that the person is exactly `age` on the as-of date, 2026-11-01.
function birthOf(rng: Random, age: number): number {
	const year = 2026 - age;
	const dayOfYear = rng.int(1, 365);
	const day = dayOf(year, 1, dayOfYear);
	return day > dayOf(year, 11, 1) ? dayOf(year - 1, 1, dayOfYear) : day;
}
