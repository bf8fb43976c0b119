import type { ClvInput, ClvTimeUnit } from '../../engine/analysis/clv-protocol';
import { CHURN_THRESHOLDS, CLV_DEFAULTS } from '../../models/clv';
import { DAYS_PER_UNIT } from '../../models/rfm-summary';
import { epochDay } from '../../models/rfm-summary';
import { english, type WrittenKey } from '../../i18n/english';

/** Options of the CLV cell. */
export interface ClvCellOptions {
	/** The models' time unit (weeks, as in the literature, or days). */
	timeUnit: ClvTimeUnit;
	/** Last day of the calibration period ('YYYY-MM-DD'); null = hold out the last 30 %. */
	calibrationEnd: string | null;
	/** Expected purchases are counted over the next this many days. */
	horizonDays: number;
	/** CLV counts this many months of future purchases… */
	clvMonths: number;
	/** …each month discounted by this rate (0.01 = 1 % a month). */
	monthlyDiscountRate: number;
	/** P(alive) below this is high churn risk. */
	churnHigh: number;
	/** P(alive) from this on is low churn risk. */
	churnLow: number;
}

/** The options of a new CLV cell. */
export function defaultClvOptions(): ClvCellOptions {
	return {
		timeUnit: 'weeks',
		calibrationEnd: null,
		horizonDays: 90,
		clvMonths: CLV_DEFAULTS.horizonMonths,
		monthlyDiscountRate: CLV_DEFAULTS.monthlyDiscountRate,
		churnHigh: CHURN_THRESHOLDS.high,
		churnLow: CHURN_THRESHOLDS.low
	};
}

/** A cell's options with defaults for anything a saved notebook lacks, checked. */
export function clvOptions(saved: Partial<ClvCellOptions>): ClvCellOptions {
	const o = { ...defaultClvOptions(), ...saved };
	const fail = (key: WrittenKey, value: unknown, other?: unknown) => {
		throw new Error(english(key, { value: String(value), other: String(other) }));
	};
	if (!(o.timeUnit in DAYS_PER_UNIT)) fail('error.invalid.timeUnit', o.timeUnit);
	if (o.calibrationEnd !== null) {
		try {
			epochDay(o.calibrationEnd);
		} catch {
			fail('error.invalid.calibrationEnd', o.calibrationEnd);
		}
	}
	if (!(Number.isInteger(o.horizonDays) && o.horizonDays >= 1 && o.horizonDays <= 3650)) {
		fail('error.invalid.horizon', o.horizonDays);
	}
	if (!(Number.isInteger(o.clvMonths) && o.clvMonths >= 1 && o.clvMonths <= 120)) {
		fail('error.invalid.clvMonths', o.clvMonths);
	}
	if (!(o.monthlyDiscountRate >= 0 && o.monthlyDiscountRate < 1)) {
		fail('error.invalid.discount', o.monthlyDiscountRate);
	}
	if (!(o.churnHigh > 0 && o.churnHigh < o.churnLow && o.churnLow < 1)) {
		fail('error.invalid.churn', o.churnHigh, o.churnLow);
	}
	return o;
}

/** The prediction horizon in the model's time unit. */
export function horizonInUnits(options: ClvCellOptions): number {
	return options.horizonDays / DAYS_PER_UNIT[options.timeUnit];
}

/** The scores the CLV job is asked for under these options. */
export function clvScoreRequest(options: ClvCellOptions): NonNullable<ClvInput['score']> {
	return {
		horizon: horizonInUnits(options),
		clvMonths: options.clvMonths,
		monthlyDiscountRate: options.monthlyDiscountRate
	};
}
