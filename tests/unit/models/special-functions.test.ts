import { describe, expect, it } from 'vitest';
import { hyp2f1 } from '../../../src/models/hypergeometric';
import { digamma, gammaSign, logGamma } from '../../../src/models/special-functions';

// Reference values computed with mpmath 1.3.0 at 40 significant digits
// (log(abs(gamma(x))), digamma(x), hyp2f1(a, b, c, z)), written as the nearest double.
const relative = (actual: number, expected: number) =>
	Math.abs(actual - expected) / Math.max(Math.abs(expected), 1);

describe('logGamma', () => {
	const cases: [number, number][] = [
		[1e-8, 18.42068073818021],
		[0.1, 2.252712651734206],
		[0.5, 0.5723649429247001],
		[1, 0],
		[1.5, -0.12078223763524522],
		[2, 0],
		[2.5, 0.2846828704729192],
		[3.7, 1.4280723266653879],
		[7.25, 7.0521854507385395],
		[10, 12.80182748008147],
		[12.5, 18.734347511936445],
		[100, 359.1342053695754],
		[1000, 5905.220423209181],
		[1e6, 12815504.569147613],
		[-0.5, 1.2655121234846454],
		[-2.5, -0.056243716497674054],
		[-10.3, -14.457515440024205]
	];
	it.each(cases)('ln|Γ(%s)| (absolute error where small, relative where large)', (x, expected) => {
		expect(relative(logGamma(x), expected)).toBeLessThan(1e-13);
	});
	it('is infinite at the poles and keeps Γ(n) = (n-1)!', () => {
		expect(logGamma(0)).toBe(Infinity);
		expect(logGamma(-3)).toBe(Infinity);
		expect(Math.exp(logGamma(11))).toBeCloseTo(3628800, 6);
		expect([gammaSign(2.5), gammaSign(-0.5), gammaSign(-1.5), gammaSign(-2.5)]).toEqual([
			1, -1, 1, -1
		]);
	});
});

describe('digamma', () => {
	const cases: [number, number][] = [
		[1e-6, -1000000.57721402],
		[0.1, -10.423754940411078],
		[0.5, -1.9635100260214235],
		[1, -0.5772156649015329],
		[1.4616321449683622, -3.9928730412463046e-17],
		[2, 0.42278433509846713],
		[3.7, 1.1671535393615113],
		[10, 2.251752589066721],
		[12.5, 2.485195651274912],
		[100, 4.600161852738087],
		[1e6, 13.815510057964191],
		[-0.5, 0.03648997397857652],
		[-2.5, 1.103156640645243]
	];
	it.each(cases)('ψ(%s)', (x, expected) => {
		expect(relative(digamma(x), expected)).toBeLessThan(1e-13);
	});
});

describe('hyp2f1', () => {
	const [r, a, b] = [0.2426, 0.7929, 2.4259];
	// [a, b, c, z, 2F1]; BG/NBD-shaped rows use the CDNOW parameters with x = 2 and x = 50.
	const cases: [string, number, number, number, number, number][] = [
		['BG/NBD, direct series', r + 2, b + 2, a + b + 1, 0.3, 2.320776804907284],
		['BG/NBD, direct series', r + 2, b + 2, a + b + 1, 0.6, 8.78854513954827],
		['BG/NBD, 1 - z', r + 2, b + 2, a + b + 1, 0.95, 1343.0085792437255],
		['BG/NBD, 1 - z', r + 2, b + 2, a + b + 1, 0.999, 19254338.231333487],
		['BG/NBD, x = 50', r + 50, b + 50, a + b + 49, 0.95, 4.297892647143277e65],
		['BG/NBD, Euler form', a + b - 1 - r, a - 1, a + b - 1, 0.97, 0.6022810744584162],
		['negative z, direct', 0.5, 0.5, 1.5, -0.3, 0.9557465733856629],
		['Pfaff', 1.5, 2.5, 3.25, -0.9, 0.4662916743112495],
		['Pfaff', 1.5, 2.5, 3.25, -5, 0.1070991984965261],
		['Pfaff then 1 - z', 0.7, 1.3, 2.2, -50, 0.11760471206424278],
		['c - a - b = 0', 1, 1, 2, 0.95, 3.1534023932147273],
		['c - a - b = 0', 0.5, 0.5, 1, 0.99, 2.3527158167797424],
		['c - a - b = 1', 1.5, 2, 4.5, 0.97, 3.575693763114993],
		['c - a - b = -1', 1.2, 0.8, 1, 0.95, 18.866288516739544],
		['c - a - b = 1e-4', 1, 1, 2.0001, 0.95, 3.1530937842424396],
		['c - a - b = -5e-4', 1, 1, 1.9995, 0.999, 6.923983370240942],
		['polynomial', -3, 2.5, 1.5, 0.99, -0.000197],
		['polynomial, pole c after the end', -3, 2.5, -4, 0.5, 2.689453125],
		['negative c', 2, 3, -1.5, 0.4, 745.1395396069124],
		['negative c, 1 - z', 2, 3, -1.5, 0.95, 84088806548.47678],
		['negative b', 0.3, -0.6, 0.25, 0.92, 0.04475022620782719],
		['z near 1', 3, 4, 6.5, 0.9999, 4028.4551188733685]
	];
	it.each(cases)('%s: 2F1(%s, %s; %s; %s)', (name, a, b, c, z, expected) => {
		// The polynomial's terms (~1) cancel to 2e-4: only its absolute error is meaningful.
		const scale = name === 'polynomial' ? 1 : Math.abs(expected);
		expect(Math.abs(hyp2f1(a, b, c, z) - expected) / scale).toBeLessThan(1e-12);
	});

	it('matches closed forms', () => {
		for (const z of [-20, -0.7, -0.2, 0.1, 0.5, 0.8, 0.93, 0.995]) {
			// 2F1(1, 1; 2; z) = -ln(1 - z) / z and 2F1(a, b; b; z) = (1 - z)^-a (A&S 15.1.3, 15.1.8).
			expect(relative(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z)).toBeLessThan(1e-13);
			expect(relative(hyp2f1(0.37, 2.5, 2.5, z), Math.pow(1 - z, -0.37))).toBeLessThan(1e-13);
		}
		expect(hyp2f1(2, 3, 4, 0)).toBe(1);
	});

	it('refuses arguments outside its domain', () => {
		expect(() => hyp2f1(1, 1, 2, 1)).toThrow(RangeError);
		expect(() => hyp2f1(1, 1, 2, 1.5)).toThrow(/z must be below 1/);
		expect(() => hyp2f1(1, 1, -2, 0.5)).toThrow(/non-positive integer/);
		expect(() => hyp2f1(1, NaN, 2, 0.5)).toThrow(/non-finite/);
	});
});
