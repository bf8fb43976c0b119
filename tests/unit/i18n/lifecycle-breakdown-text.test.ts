import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '../../../src/i18n/locale.svelte';
import { shownBand, shownValue } from '../../../src/i18n/value-labels';
import { flowTitle, stageLabel } from '../../../src/charts/lifecycle-flow';
import { bandsText } from '../../../src/panels/breakdown/breakdown-choices';
import { reasonText, valueRule } from '../../../src/panels/behaviour/behaviour-text';
import { ruleText } from '../../../src/panels/rules/rule-text';
import { DEFAULT_BEHAVIOUR_OPTIONS } from '../../../src/notebook/kinds/behaviour';
import type { RuleNode } from '../../../src/segments/rules';

const pair = { from_stage: 'new', to_stage: 'churned', customers: 1234, share_of_from: 0.25 };
const rule: RuleNode = {
	kind: 'group',
	combinator: 'and',
	children: [
		{
			kind: 'measure',
			measure: 'orders',
			window: { lastDays: 90 },
			operator: 'between',
			values: [2, 5]
		},
		{ kind: 'attribute', attribute: 'city', type: 'text', operator: '=', values: ['Paris'] }
	]
};

afterEach(() => {
	locale.current = 'en';
});

describe('lifecycle, breakdown, rules and behaviour texts by language', () => {
	it('lifecycle stages and flow tooltips: English as before, Persian with its digits', () => {
		expect(stageLabel('unknown')).toBe('not yet known');
		expect(flowTitle(pair, '2024-01-01', '2024-04-01')).toBe(
			'new on 2024-01-01 → churned on 2024-04-01: 1,234 customers (25.0 % of them)'
		);
		locale.current = 'fa';
		expect(stageLabel('churned')).toBe('ریزش‌کرده');
		const title = flowTitle(pair, '2024-01-01', '2024-04-01');
		expect(title).toContain('تازه در ');
		expect(title).toContain('۱٬۲۳۴ مشتری');
		expect(title).not.toMatch(/[0-9]/);
		locale.current = 'vi';
		expect(stageLabel('loyal')).toBe('trung thành');
	});

	it('breakdown values: segment, stage and band labels translated; other values as written', () => {
		locale.current = 'fa';
		expect(shownValue('lifecycle_stage', 'new')).toBe('تازه');
		expect(shownValue('gender', 'unknown')).toBe('نامعلوم');
		expect(shownValue('gender', 'female')).toBe('female');
		expect(shownBand('under 18')).toBe('زیر ۱۸');
		expect(shownBand('18–24')).toBe('۱۸–۲۴');
		expect(shownBand('2.5 to under 5')).toBe('۲٫۵ تا زیر ۵');
		expect(bandsText({ kind: 'age' }, '2024-07-01')).toMatch(/^بازه‌های سنی زیر ۱۸، ۱۸–۲۴، /);
		locale.current = 'en';
		expect(bandsText({ kind: 'text', top: 5 }, '2024-07-01')).toBe(
			'Values as they are: the 5 most common, the rest as "other", empty as "unknown".'
		);
	});

	it('a saved rule in words, in each language', () => {
		expect(ruleText(rule, 'EUR')).toBe(
			'orders in the last 90 days between 2 and 5 and city = "Paris"'
		);
		locale.current = 'fa';
		expect(ruleText(rule, 'EUR')).toBe('سفارش‌ها در ۹۰ روز گذشته بین ۲ و ۵ و city = "Paris"');
		locale.current = 'vi';
		expect(ruleText(rule, 'EUR')).toBe(
			'số đơn trong 90 ngày gần nhất trong khoảng 2 và 5 và city = "Paris"'
		);
	});

	it('behaviour rules and the reasons written by the data layer, translated', () => {
		const o = { ...DEFAULT_BEHAVIOUR_OPTIONS, returnerShare: 0.35 };
		expect(valueRule('is_returner', o)).toBe('At least 35 % of their order lines returned.');
		locale.current = 'fa';
		expect(valueRule('returner', o)).toBe('دست‌کم ۳۵٪ از سطرهای سفارششان مرجوع شده است.');
		expect(reasonText('needs a channel column in the transactions')).toBe(
			'به ستون کانال در تراکنش‌ها نیاز دارد'
		);
		expect(reasonText('an unknown reason')).toBe('an unknown reason');
	});
});
