import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGES } from '#lib/i18n/languages.js';
import { load } from '../../routes/[lang=lang]/about/+page.server';
import Page from '../../routes/[lang=lang]/about/+page.svelte';
import { about_topics, issues_url } from './about';
import { ui_strings } from './ui';

const TRACKER = 'https://example.org/igf-reader/issues';

/** The About page as the build writes it, with `ISSUES_URL` set to `issues` or unset. */
function about_page(lang: (typeof LANGUAGES)[number], issues?: string): string {
	if (issues === undefined) delete process.env.ISSUES_URL;
	else process.env.ISSUES_URL = issues;
	const data = load({ params: { lang } } as Parameters<typeof load>[0]) as Record<string, unknown>;
	return render(Page, { props: { data: { ...data, lang } } as never }).body;
}

describe('the address for reporting errors (ISSUES_URL)', () => {
	const saved = process.env.ISSUES_URL;
	afterEach(() => {
		if (saved === undefined) delete process.env.ISSUES_URL;
		else process.env.ISSUES_URL = saved;
	});

	it('is a web address, or nothing when unset or empty', () => {
		expect(issues_url(undefined)).toBeUndefined();
		expect(issues_url(' ')).toBeUndefined();
		expect(issues_url(TRACKER)).toBe(TRACKER);
		expect(() => issues_url('issues')).toThrow(/ISSUES_URL/);
		expect(() => issues_url('javascript:alert(1)')).toThrow(/http or https/);
	});

	it.each(LANGUAGES)('unset, the %s About page says nothing about reporting', (lang) => {
		const { about } = ui_strings(lang);
		const html = about_page(lang);
		expect(html).not.toContain(about.report_heading);
		expect(html).not.toContain(about.report_body);
		expect(about_topics(lang, undefined).map((topic) => topic.id)).not.toContain('report');
		// No sentence anywhere points to a tracker that is not there.
		expect(html).not.toMatch(/tracker|suivi des tickets|incidencias|отслеживания|跟踪|تتبع/);
	});

	it.each(LANGUAGES)('set, the %s About page links to it from "Reporting an error"', (lang) => {
		const { about } = ui_strings(lang);
		const html = about_page(lang, TRACKER);
		const section = html.match(/<section aria-labelledby="about-report">[\s\S]*?<\/section>/)?.[0];
		expect(section).toContain(about.report_heading);
		expect(section).toContain(about.report_body);
		expect(section).toContain(`<a href="${TRACKER}">${about.report_link}</a>`);
	});
});
