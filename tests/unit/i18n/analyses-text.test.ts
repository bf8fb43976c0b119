import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '../../../src/i18n/locale.svelte';
import { codeParts } from '../../../src/i18n/code-parts';
import { clusterDescription, formatZ } from '../../../src/panels/clusters/cluster-text';
import { cohortCellTitle } from '../../../src/charts/cohorts-heatmap';
import { pageLabel, pageWindow } from '../../../src/ui/table-paging';
import { describeCluster } from '../../../src/models/cluster-words';

const contrasts = [
	{ feature: 'recency', z: -1.2, mean: 10 },
	{ feature: 'gender=Female', z: 0.9, mean: 0.8 },
	{ feature: 'tenure_days', z: 0.1, mean: 300 }
];
const cell = {
	cohort: '2024-01',
	start: Date.UTC(2024, 0, 1),
	size: 1234,
	offset: 2,
	active: 56,
	retention: 56 / 1234,
	revenue: 789.5,
	partial: false
};

afterEach(() => {
	locale.current = 'en';
});

describe('analysis texts by language', () => {
	it('cluster words: the model’s English, translated at display time', () => {
		expect(clusterDescription(contrasts)).toBe(describeCluster(contrasts));
		expect(clusterDescription(contrasts)).toBe('recent, mostly Female');
		locale.current = 'fa';
		expect(clusterDescription(contrasts)).toBe('خرید اخیر، بیشتر \u2068Female\u2069');
		expect(clusterDescription([])).toBe('نزدیک به مشتری میانگین');
		locale.current = 'vi';
		expect(clusterDescription(contrasts)).toBe('mới mua gần đây, phần lớn Female');
	});

	it('z badges keep their sign in front inside Persian text', () => {
		expect(formatZ(-0.84)).toBe('−0.8σ');
		locale.current = 'fa';
		expect(formatZ(-0.84)).toBe('\u2066−۰٫۸σ\u2069');
	});

	it('a cohort cell’s tooltip in Persian digits, in Vietnamese number marks', () => {
		expect(cohortCellTitle(cell, 'month', 'USD')).toContain(
			'Cohort 2024-01: 1,234 customers, first order in that month'
		);
		locale.current = 'fa';
		const fa = cohortCellTitle(cell, 'month', 'USD');
		expect(fa).toContain('هم‌گروه ۲۰۲۴-۰۱: ۱٬۲۳۴ مشتری');
		expect(fa).toContain('۲ ماه پس از آن (۲۰۲۴-۰۳)');
		expect(fa).not.toMatch(/[0-9]/);
		locale.current = 'vi';
		expect(cohortCellTitle(cell, 'month', 'USD')).toContain('Nhóm 2024-01: 1.234 khách');
	});

	it('result pages are counted in the language', () => {
		const window = pageWindow(50, 50, 1234);
		expect(pageLabel(window, 1234)).toBe('rows 51–100 of 1,234');
		locale.current = 'fa';
		expect(pageLabel(window, 1234)).toBe('سطرهای ۵۱ تا ۱۰۰ از ۱٬۲۳۴');
		expect(pageLabel(pageWindow(0, 50, 1), 1)).toBe('۱ سطر');
	});

	it('column names are cut out of a message to be set as code', () => {
		expect(
			codeParts('column cluster of customers (1 = largest)', ['cluster', 'customers'])
		).toEqual([
			{ text: 'column ', code: false },
			{ text: 'cluster', code: true },
			{ text: ' of ', code: false },
			{ text: 'customers', code: true },
			{ text: ' (1 = largest)', code: false }
		]);
	});
});
