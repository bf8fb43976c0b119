import type { Random } from './random';

/** Demographic fields of one person; text fields are empty when the person did not say. */
export interface Demographics {
	gender: 'female' | 'male' | 'non-binary';
	education: string;
	occupation: string;
	marital: string;
	children: number;
	/** Yearly personal income in euros, or null when unknown. */
	income: number | null;
}

const EDUCATION = ['Secondary', 'Vocational', 'Bachelor', 'Master', 'Doctorate'];
const EDUCATION_SHARE = [0.3, 0.25, 0.28, 0.14, 0.03];
const EDUCATION_PAY = [0.9, 1, 1.12, 1.25, 1.35];

// [occupation, base income, lowest and highest education index, weight]
const JOBS: readonly (readonly [string, number, number, number, number])[] = [
	['Retail worker', 25000, 0, 1, 3],
	['Skilled trade', 36000, 0, 1, 3],
	['Administrative', 32000, 0, 2, 3],
	['Nurse', 40000, 1, 3, 2],
	['Technician', 43000, 1, 2, 2],
	['Teacher', 45000, 2, 3, 2],
	['Sales & marketing', 50000, 1, 3, 2.5],
	['Engineer', 62000, 2, 4, 2],
	['IT professional', 64000, 1, 4, 2.5],
	['Manager', 80000, 2, 4, 1.5],
	['Consultant', 75000, 3, 4, 1],
	['Physician', 105000, 3, 4, 0.6],
	['Lawyer', 95000, 3, 4, 0.5],
	['Researcher', 58000, 4, 4, 2],
	['Self-employed', 50000, 0, 4, 1.2],
	['Homemaker', 4000, 0, 4, 0.8],
	['Unemployed', 11000, 0, 4, 0.6]
];

/** Draws an age in whole years (normal around `mean`, kept within [lo, 80]). */
export function drawAge(rng: Random, mean: number, lo: number): number {
	for (let i = 0; i < 20; i++) {
		const age = Math.round(rng.normal(mean, 13));
		if (age >= lo && age <= 80) return age;
	}
	return rng.int(Math.min(lo, 80), 80);
}

/** Draws gender, education, work, family and income, consistent with age and place. */
export function drawDemographics(
	rng: Random,
	age: number,
	lean: number,
	localIncome: number
): Demographics {
	const r = rng.float();
	const gender = r < 0.52 ? 'female' : r < 0.99 ? 'male' : 'non-binary';
	const edu = age < 21 ? rng.weighted([3, 1]) : rng.weighted(leaned(lean, age));
	const [occupation, base, spread] = work(rng, age, edu);
	const experience = age < 25 ? 0.75 : Math.min(1.2, 0.8 + (age - 25) * 0.012);
	const pay = base * EDUCATION_PAY[edu]! * localIncome * experience;
	const income = Math.max(1000, Math.round((pay * Math.exp(rng.normal(0, spread))) / 100) * 100);
	const marital = maritalStatus(rng, age);
	return {
		gender,
		education: rng.chance(0.02) ? '' : EDUCATION[edu]!,
		occupation,
		marital: rng.chance(0.01) ? '' : marital,
		children: childrenOf(rng, age, marital),
		income: rng.chance(0.05) ? null : income
	};
}

// Older people finished school when fewer went to university; `lean` tilts towards degrees.
function leaned(lean: number, age: number): number[] {
	const tilt = lean - (age > 60 ? 0.6 : 0);
	return EDUCATION_SHARE.map((w, i) => w * Math.exp(0.6 * tilt * (i - 2)));
}

function work(rng: Random, age: number, edu: number): [string, number, number] {
	if (age >= 66 ? rng.chance(0.92) : age >= 62 && rng.chance(0.4)) return ['Retired', 26000, 0.3];
	if (age < 25 && rng.chance(0.55)) return ['Student', 8000, 0.4];
	const fits = JOBS.filter(([, , lo, hi]) => edu >= lo && edu <= hi);
	const [name, base] = fits[rng.weighted(fits.map((j) => j[4]))]!;
	return [name, base, name === 'Self-employed' ? 0.5 : 0.25];
}

function maritalStatus(rng: Random, age: number): string {
	const names = ['single', 'married', 'divorced', 'widowed'];
	if (age < 25) return names[rng.weighted([90, 9, 1, 0])]!;
	if (age < 35) return names[rng.weighted([55, 40, 5, 0])]!;
	if (age < 55) return names[rng.weighted([25, 60, 14, 1])]!;
	return names[rng.weighted([14, 58, 15, 5 + (age - 55)])]!;
}

function childrenOf(rng: Random, age: number, marital: string): number {
	if (age < 22) return rng.chance(0.05) ? 1 : 0;
	if (marital === 'single') return rng.weighted([80, 14, 5, 1]);
	return rng.weighted([25, 25, 35, 12, 3]);
}
