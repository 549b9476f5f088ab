import { readFileSync } from 'node:fs';
import { install_fake_speech } from './fake-speech';
import type { Glossary } from '../src/lib/glossary/types';
import { expect, LANGS, test, VIEWPORTS } from './fixtures';

const glossary = (lang: string): Glossary =>
	JSON.parse(readFileSync(`locales/${lang}/glossary.json`, 'utf8'));

test.describe('the glossary in the text', () => {
	test('Arabic: “WEOG” is marked in paragraph 2 and explained under it, from the keyboard', async ({
		page,
		axe
	}) => {
		const weog = glossary('ar').entries.weog;
		await page.setViewportSize(VIEWPORTS[0]);
		await page.goto('/ar/');
		const mark = page.locator('#p2 .term[data-term="weog"]');
		await expect(mark).toHaveCount(1);
		expect(weog.forms).toContain(await mark.textContent());
		// The paragraph's text is the translation's, unchanged by the mark.
		const summary = JSON.parse(readFileSync('locales/ar/summary.json', 'utf8'));
		const text = await page.locator('#p2').evaluate((p) =>
			[...p.childNodes]
				.slice(1)
				.map((node) => node.textContent)
				.join('')
		);
		expect(text.replace(/\s+/g, ' ').trim()).toBe(summary.paragraphs['2']);

		// The explanation: a disclosure after the paragraph, outside it, closed at first.
		const terms = page.locator('#p2 + .para-actions details');
		await expect(terms).not.toHaveAttribute('open');
		await expect(page.locator('#p2 details')).toHaveCount(0);
		const summary_control = terms.locator('summary');
		await expect(summary_control).toContainText(weog.term);
		await summary_control.focus();
		await page.keyboard.press('Enter');
		await expect(terms).toHaveAttribute('open');
		const entry = terms.locator('dt[data-term="weog"]');
		await expect(entry).toBeVisible();
		await expect(entry.locator('+ dd')).toHaveText(weog.definition);
		await expect(terms.locator('dl')).toHaveCSS('direction', 'rtl');
		await axe('/ar/ paragraph 2 terms open, 320 px', '.para-actions details[open]');
		await page.setViewportSize(VIEWPORTS[1]);
		await axe('/ar/ paragraph 2 terms open, 1280 px', '.para-actions details[open]');

		// A tap on a marked term opens its paragraph's explanations too.
		const first_igf = page.locator('.term[data-term="igf"]').first();
		const paragraph = await first_igf.evaluate(
			(term) => term.closest<HTMLElement>('[data-paragraph-number]')!.dataset.paragraphNumber
		);
		const igf_terms = page.locator(`#p${paragraph} + .para-actions details`);
		await expect(igf_terms).not.toHaveAttribute('open');
		await first_igf.click();
		await expect(igf_terms).toHaveAttribute('open');
		await expect(igf_terms.locator('dt[data-term="igf"]')).toBeInViewport();
	});

	test('every marked term has its entry, once per section, in English and Arabic', async ({
		page,
		axe
	}) => {
		for (const lang of ['en', 'ar']) {
			const entries = glossary(lang).entries;
			await page.goto(`/${lang}/`);
			const marks = await page
				.locator('.summary section')
				.evaluateAll((sections) =>
					sections.map((section) =>
						[...section.querySelectorAll<HTMLElement>('[data-paragraph-number] .term')].map(
							(term) => term.dataset.term!
						)
					)
				);
			const all = marks.flat();
			expect(all.length).toBeGreaterThan(20);
			for (const id of all) expect(Object.keys(entries)).toContain(id);
			for (const section of marks) expect(new Set(section).size).toBe(section.length);
			// Each explanation lists exactly the terms marked in its paragraph.
			const mismatched = await page.locator('.para-actions details:has(dl)').evaluateAll(
				(list) =>
					list.filter((details) => {
						const n = details.parentElement!.previousElementSibling!.id.slice(1);
						const marked = [...document.querySelectorAll<HTMLElement>(`#p${n} .term`)].map(
							(term) => term.dataset.term
						);
						const listed = [...details.querySelectorAll<HTMLElement>('dt')].map(
							(dt) => dt.dataset.term
						);
						return marked.join() !== listed.join();
					}).length
			);
			expect(mismatched).toBe(0);
			// An explanation open, in this language, on a phone and a wide screen.
			const terms = page.locator('.para-actions details:has(dl)').first();
			await terms.locator('summary').click();
			for (const viewport of VIEWPORTS) {
				await page.setViewportSize(viewport);
				await axe(`/${lang}/ a term explained, ${viewport.width}px`, '.para-actions details[open]');
			}
		}
		await axe('/ar/ with its terms marked');
	});
});

test.describe('the glossary page', () => {
	for (const lang of ['en', 'ar'] as const) {
		test(`${lang}: every term, explained, linked to where it appears, at 320 and 1280 px`, async ({
			page,
			axe
		}) => {
			const entries = glossary(lang).entries;
			for (const viewport of VIEWPORTS) {
				await page.setViewportSize(viewport);
				await page.goto(`/${lang}/glossary/`);
				await expect(page.locator('.entries > .entry')).toHaveCount(Object.keys(entries).length);
				await axe(`/${lang}/glossary/ ${viewport.width}px`);
			}
			for (const [id, entry] of Object.entries(entries)) {
				await expect(page.locator(`h2[id="${id}"]`)).toContainText(entry.term);
				await expect(page.locator(`h2[id="${id}"] + p`)).toHaveText(entry.definition);
			}
			// From the reader: a paragraph's "all the terms" goes to the entry…
			await page.goto(`/${lang}/`);
			const terms = page.locator('.para-actions details:has(dl)').first();
			await terms.locator('summary').click();
			const first = await terms.locator('dt').first().getAttribute('data-term');
			await terms.locator('.glossary-link a').click();
			await expect(page).toHaveURL(`/${lang}/glossary/#${first}`);
			await expect(page.locator(`h2[id="${first}"]`)).toBeInViewport();
			// …and the entry back to the text.
			const back = page.locator(`h2[id="${first}"] ~ .where a`).first();
			const href = (await back.getAttribute('href'))!;
			expect(href).toMatch(new RegExp(`^/${lang}/#p\\d+$`));
			await back.click();
			await expect(
				page.locator(`${href.slice(href.indexOf('#'))} .term[data-term="${first}"]`)
			).toBeVisible();
		});
	}
});

for (const lang of LANGS) {
	test(`${lang}: each term of the glossary is a heading named "term (full name)"`, async ({
		page,
		axe
	}) => {
		const entries = Object.values(glossary(lang).entries);
		await page.goto(`/${lang}/glossary/`);
		const headings = page.locator('.entries').getByRole('heading', { level: 2 });
		await expect(headings).toHaveCount(entries.length);
		// Chinese brackets are full-width, with no space before them.
		const [open, close] = lang === 'zh' ? ['（', '）'] : [' (', ')'];
		for (const entry of entries) {
			const name = entry.expansion ? `${entry.term}${open}${entry.expansion}${close}` : entry.term;
			await expect(page.getByRole('heading', { level: 2, name, exact: true })).toHaveCount(1);
		}
		// Where a term is found more than once, the places are a list with the language's comma.
		const comma = { ar: '، ', zh: '、' }[lang as string] ?? ', ';
		const links = page
			.locator('.where')
			.filter({ has: page.locator('a + a') })
			.first();
		const names = await links.getByRole('link').allTextContents();
		await expect(links).toContainText(names.join(comma));
		await axe(`/${lang}/glossary/`);
	});
}

test.describe('the glossary without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the explanations open as native disclosures', async ({ page, axe }) => {
		await page.goto('/fr/');
		const terms = page.locator('.para-actions details:has(dl)').first();
		await terms.locator('summary').click();
		await expect(terms.locator('dd').first()).toBeVisible();
		await axe('/fr/ without JavaScript, a term explained');
	});
});

test.describe('acronyms aloud', () => {
	test('the voice is given “I G F”, the text keeps “IGF”, and the word lights up where written', async ({
		page,
		axe
	}) => {
		const say = glossary('en').pronounce;
		expect(say.IGF).toBeDefined();
		await install_fake_speech(page);
		await page.goto('/en/');
		await expect(page.getByTestId('tts-play')).toBeEnabled();
		await page.evaluate(() => (window.__speech.auto = false));
		await page.locator('#p1 + .para-actions summary').click();
		await page.locator('#p1 + .para-actions .listen-from').click();
		const calls = () =>
			page.evaluate(() =>
				window.__speech.log.filter((entry) => entry.source === 'call' && entry.event === 'speak')
			);
		// Utterance by utterance until the one that holds the acronym.
		let first: Awaited<ReturnType<typeof calls>>[number] | undefined;
		for (let i = 1; i <= 6 && !first; i++) {
			await expect.poll(async () => (await calls()).length).toBe(i);
			const last = (await calls()).at(-1)!;
			if (last.text!.includes(say.IGF)) first = last;
			else await page.evaluate(() => window.__speech.finish_current());
		}
		expect(first, 'an utterance with the acronym').toBeDefined();
		const written = await page.locator('[data-speaking]').textContent();
		expect(written).toContain('IGF');
		expect(first!.text).not.toMatch(/\bIGF\b/);
		// Boundaries arrive in the spoken text: step to the one inside "I G F".
		const at = first!.text!.indexOf(say.IGF);
		let highlighted = '';
		for (let i = 0; i < 40 && !highlighted.includes('IGF'); i++) {
			if (!(await page.evaluate(() => window.__speech.next_boundary()))) break;
			highlighted = await page.evaluate(() => {
				const range = CSS.highlights.get('speaking-word')?.values().next().value as Range;
				return range?.toString() ?? '';
			});
		}
		expect(at).toBeGreaterThan(0);
		expect(highlighted).toBe('IGF');
		await axe('/en/ reading an acronym aloud');
	});
});
