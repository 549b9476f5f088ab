import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse_summary } from '../src/lib/document/parse';
import type { SectionId, ShortText, SummaryText } from '../src/lib/document/types';
import { install_fake_speech, type SpeechLogEntry } from './fake-speech';
import { expect, LANGS, test, VIEWPORTS } from './fixtures';
import { start_proxy } from './proxy';
import { said } from './spoken';

type Lang = (typeof LANGS)[number];

const english = parse_summary(readFileSync('locales/en/igf-2011-chairs-summary.txt', 'utf8'));
const SECTIONS = english.sections.map((section) => section.id);
const short = (lang: Lang): ShortText =>
	JSON.parse(readFileSync(`locales/${lang}/short.json`, 'utf8'));
const ui = (lang: Lang) => JSON.parse(readFileSync(`locales/${lang}/ui.json`, 'utf8'));
const headings = (lang: Lang): SummaryText['headings'] =>
	lang === 'en'
		? english.text.headings
		: JSON.parse(readFileSync(`locales/${lang}/summary.json`, 'utf8')).headings;

/** A section's name: its heading, or "Opening" for the untitled first one. */
const section_name = (lang: Lang, id: SectionId) =>
	id === 'introduction' ? ui(lang).short.opening : headings(lang)[id];

/** The letters and digits of a text, lower case: what a speech user says of it. */
const words = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

/** What the page asked the engine to say, in order. */
const spoken = (page: Page): Promise<SpeechLogEntry[]> =>
	page.evaluate(() =>
		window.__speech.log.filter((entry) => entry.source === 'call' && entry.event === 'speak')
	);

/** The language links in the header, named as in `lang`. */
const language_link = (page: Page, lang: Lang, name: string) =>
	page
		.getByRole('navigation', { name: ui(lang).nav.language, exact: true })
		.getByRole('link', { name, exact: true });

test.describe('In short', () => {
	for (const lang of LANGS) {
		test(`${lang}: every part, labelled as not the summary, its sentences citing paragraphs that exist`, async ({
			page,
			axe
		}) => {
			const text = short(lang);
			const strings = ui(lang).short;
			await page.goto(`/${lang}/short/`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
			await expect(page).toHaveTitle(strings.title);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(strings.title);
			// The label comes right after the title, as a note, in view on the first screen.
			const note = page.locator('h1 + [role="note"]');
			await expect(note).toHaveText(strings.label);
			await expect(note).toBeInViewport();

			const parts = page.locator('main section');
			await expect(parts).toHaveCount(SECTIONS.length);
			const cited = new Set<string>();
			for (const [i, id] of SECTIONS.entries()) {
				const part = parts.nth(i);
				await expect(part).toHaveAttribute('id', `short-${id}`);
				await expect(part.getByRole('heading', { level: 2 })).toHaveText(section_name(lang, id));
				await expect(
					page.getByRole('region', { name: section_name(lang, id), exact: true })
				).toHaveCount(1);
				const items = part.getByRole('listitem');
				await expect(items).toHaveCount(text.sections[id].length);
				for (const [j, sentence] of text.sections[id].entries()) {
					const item = items.nth(j);
					await expect(item.locator('[data-sentence-number]')).toHaveText(sentence.text);
					// Each sentence ends with its citation: a link to its first paragraph, named in words.
					const cite = item.getByRole('link');
					await expect(cite).toHaveCount(1);
					await expect(cite).toHaveAttribute('href', `/${lang}/#p${sentence.cites[0]}`);
					// Its name holds what it shows (WCAG 2.5.3): a symbol is named in words.
					const shown = (await cite.textContent())!;
					const name = (await cite.getAttribute('aria-label')) ?? shown;
					expect(words(name)).toContain(words(shown));
					expect(name).toMatch(/\p{L}/u);
					for (const n of sentence.cites) expect(words(shown)).toContain(String(n));
					cited.add(`#p${sentence.cites[0]}`);
				}
				const back = part.getByRole('link', {
					name: strings.back_label.replace('{{section}}', section_name(lang, id)),
					exact: true
				});
				await expect(back).toHaveText(strings.back);
				await expect(back).toHaveAttribute('href', `/${lang}/#${id}`);
			}
			// Not the summary's paragraphs: no `pN` id, nothing inside one.
			const ids = await page
				.locator('[id]')
				.evaluateAll((list) => list.map((element) => element.id));
			expect(ids.filter((id) => /^p\d+$/.test(id))).toEqual([]);
			await expect(page.locator('[data-paragraph-number]')).toHaveCount(0);
			await axe(`/${lang}/short/`);

			// Every citation and every way back leads to something on the summary page.
			await page.goto(`/${lang}/`);
			for (const target of [...cited, ...SECTIONS.map((id) => `#${id}`)]) {
				await expect(page.locator(target), target).toHaveCount(1);
			}
		});
	}

	test('English: a citation of two paragraphs apart, and of one, say so in words', async ({
		page,
		axe
	}) => {
		await page.goto('/en/short/');
		const two = page.getByRole('link', { name: 'Paragraphs 13, 15', exact: true });
		await expect(two).toHaveText('¶ 13, 15');
		await expect(page.getByRole('link', { name: 'Paragraph 1', exact: true })).toHaveCount(2);
		await two.click();
		await expect(page).toHaveURL('/en/#p13');
		await expect(page.locator('#p13')).toBeInViewport();
		await axe('/en/#p13 from In short');
	});

	test('Arabic: a range reads left to right and a list right to left', async ({ page, axe }) => {
		await page.setViewportSize(VIEWPORTS[0]);
		await page.goto('/ar/short/');
		// Where each number is drawn: in a range, the first on the left; in a list, on the right.
		const x_of = (href: string, digits: string) =>
			page.locator(`a[href="/ar/#${href}"]`).evaluate((link, digits) => {
				const text = link.firstChild!;
				const at = text.textContent!.indexOf(digits);
				const range = document.createRange();
				range.setStart(text, at);
				range.setEnd(text, at + digits.length);
				return range.getBoundingClientRect().left;
			}, digits);
		const range = page.locator('a[href="/ar/#p22"]');
		await expect(range).toHaveAccessibleName('الفقرتان \u206622–23\u2069');
		expect(await x_of('p22', '22')).toBeLessThan(await x_of('p22', '23'));
		await expect(page.locator('a[href="/ar/#p13"]')).toHaveAccessibleName('الفقرتان 13، 15');
		expect(await x_of('p13', '13')).toBeGreaterThan(await x_of('p13', '15'));
		await expect(range).toHaveCSS('direction', 'rtl');
		await axe('/ar/short/ at 320 px');
	});

	for (const lang of ['en', 'ar', 'zh'] as const) {
		for (const colorScheme of ['light', 'dark'] as const) {
			test.describe(`${lang}, ${colorScheme}`, () => {
				test.use({ colorScheme });

				test(`axe at 320 and 1280 px`, async ({ page, axe }) => {
					for (const viewport of VIEWPORTS) {
						await page.setViewportSize(viewport);
						await page.goto(`/${lang}/short/`);
						// Every target a finger can hit, at least 24 px tall (WCAG 2.5.8).
						const heights = await page
							.locator('main a')
							.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height));
						expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
						await axe(`/${lang}/short/ ${colorScheme}, ${viewport.width}px`);
					}
				});
			});
		}
	}
});

test.describe('In short without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('reads whole, with its citations and ways back, and no Listen button', async ({
		page,
		axe
	}) => {
		await page.goto('/fr/short/');
		await expect(page.locator('main section')).toHaveCount(SECTIONS.length);
		const sentences = Object.values(short('fr').sections).flat();
		await expect(page.locator('[data-sentence-number]')).toHaveCount(sentences.length);
		await expect(page.locator('[data-sentence-number]').last()).toHaveText(sentences.at(-1)!.text);
		await expect(page.getByRole('button')).toHaveCount(0);
		await axe('/fr/short/ without JavaScript');
		await page
			.getByRole('link', { name: `Lire toute la section : ${headings('fr')['emerging-issues']}` })
			.click();
		await expect(page).toHaveURL('/fr/#emerging-issues');
		await expect(page.locator('#emerging-issues h2')).toBeInViewport();
	});
});

test.describe('the summary leads to In short', () => {
	for (const lang of ['en', 'ar'] as const) {
		test(`${lang}: each section links to its part, the contents to the page`, async ({
			page,
			axe
		}) => {
			const strings = ui(lang).short;
			await page.goto(`/${lang}/`);
			for (const id of SECTIONS) {
				const name = strings.link_label.replace('{{section}}', section_name(lang, id));
				const link = page.locator(`section#${id}`).getByRole('link', { name, exact: true });
				await expect(link).toHaveText(strings.link);
				await expect(link).toHaveAttribute('href', `/${lang}/short/#short-${id}`);
				// Beside the text, never inside a paragraph or a heading.
				await expect(
					link.locator('xpath=ancestor::*[@data-paragraph-number or self::h2]')
				).toHaveCount(0);
			}
			// The headings keep their names.
			await expect(
				page.getByRole('heading', { level: 2, name: headings(lang)['ig4d'], exact: true })
			).toHaveCount(1);
			const nav = page
				.locator('.reader-tools')
				.getByRole('link', { name: strings.nav, exact: true });
			await expect(nav).toHaveAttribute('href', `/${lang}/short/`);
			await axe(`/${lang}/ with its links to In short`);

			await page
				.getByRole('link', {
					name: strings.link_label.replace('{{section}}', headings(lang)['ig4d'])
				})
				.click();
			await expect(page).toHaveURL(`/${lang}/short/#short-ig4d`);
			await expect(page.locator('#short-ig4d h2')).toBeInViewport();
		});
	}
});

test.describe('switching language on In short keeps the part', () => {
	test('English at Emerging Issues opens French at Emerging Issues', async ({ page, axe }) => {
		await page.goto('/en/short/');
		const french = language_link(page, 'en', 'Français');
		// Not scrolled yet: the top of the other language.
		await expect(french).toHaveAttribute('href', '/fr/short/');
		await page
			.locator('#short-emerging-issues')
			.evaluate((element) => element.scrollIntoView({ block: 'start' }));
		await expect(french).toHaveAttribute('href', '/fr/short/#short-emerging-issues');
		// Back up at the switcher, the part last read is still the one carried over.
		await page.evaluate(() => window.scrollTo(0, 0));
		await page.evaluate(() => new Promise(requestAnimationFrame));
		await expect(french).toHaveAttribute('href', '/fr/short/#short-emerging-issues');
		await axe('/en/short/ scrolled to Emerging Issues');
		await french.click();
		await expect(page).toHaveURL('/fr/short/#short-emerging-issues');
		await expect(page.locator('#short-emerging-issues h2')).toBeInViewport();
		await expect(page.locator('#short-emerging-issues h2')).toHaveText(
			headings('fr')['emerging-issues']
		);
	});

	test('Arabic at the regional dialogues opens Chinese there, at 320 px', async ({ page, axe }) => {
		await page.setViewportSize(VIEWPORTS[0]);
		await page.goto('/ar/short/#short-regional-dialogues');
		const chinese = language_link(page, 'ar', '中文');
		await expect(chinese).toHaveAttribute('href', '/zh/short/#short-regional-dialogues');
		await chinese.click();
		await expect(page).toHaveURL('/zh/short/#short-regional-dialogues');
		await expect(page.locator('#short-regional-dialogues h2')).toBeInViewport();
		await axe('/zh/short/#short-regional-dialogues at 320 px');
	});
});

test.describe('listening to In short', () => {
	/** Where listening to the summary was, saved before: In short must leave it alone. */
	const SUMMARY_PLACE = JSON.stringify({
		version: 1,
		lang: 'en',
		paragraph: 37,
		heading: false,
		utterance: 0
	});

	test('reads heading and sentences in turn, highlighted, never the citations; the summary’s place stays', async ({
		page,
		axe
	}) => {
		await install_fake_speech(page, { auto: false });
		await page.goto('/en/');
		await page.evaluate(
			(place) => localStorage.setItem('igf-reader:listening', place),
			SUMMARY_PLACE
		);
		await page.goto('/en/short/');
		const listen = page.getByTestId('tts-play');
		await expect(listen).toBeEnabled();
		await expect(listen).toHaveAccessibleName('Listen to “In short”');
		// The summary's place is not reopened here.
		await page.waitForTimeout(300);
		await expect(page.locator('.player')).toHaveCount(0);

		await listen.click();
		await expect(page.getByTestId('tts-pause')).toBeFocused();
		const where = page.locator('.player .where');
		await expect.poll(async () => (await spoken(page)).length).toBe(1);
		expect((await spoken(page))[0].text).toBe('Opening');
		await page.evaluate(() => window.__speech.finish_current());
		await expect.poll(async () => (await spoken(page)).length).toBe(2);
		const text = short('en');
		const first = text.sections.introduction[0].text;
		expect((await spoken(page))[1].text).toBe(said(first, 'en'));
		const speaking = page.locator('[data-speaking]');
		await expect(speaking).toHaveCount(1);
		await expect(page.locator('[data-sentence-number="1"] [data-speaking]')).toHaveText(first);
		await expect(where).toHaveText('Sentence 1 of 48 · this section: 1 of 6');
		await axe('/en/short/ reading aloud');

		// Sentence by sentence, and by section.
		await page.getByTestId('tts-next').click();
		await expect
			.poll(async () => (await spoken(page)).at(-1)?.text)
			.toBe(said(text.sections.introduction[1].text, 'en'));
		await expect(page.locator('[data-sentence-number="2"] [data-speaking]')).toHaveCount(1);
		await page.getByRole('button', { name: 'Next section' }).click();
		await expect
			.poll(async () => (await spoken(page)).at(-1)?.text)
			.toBe(english.text.headings['opening-ceremony']);
		await expect(where).toHaveText('Sentence 7 of 48 · this section: 1 of 6');
		await page.evaluate(() => window.__speech.finish_current());
		await expect(page.locator('[data-sentence-number="7"] [data-speaking]')).toHaveCount(1);
		await page.getByRole('button', { name: 'Previous section' }).click();
		await expect(page.locator('#short-introduction h2 [data-speaking]')).toHaveCount(1);

		// Pause and resume: the same sentence again.
		await page.getByTestId('tts-pause').click();
		await expect(page.getByTestId('tts-play')).toHaveAccessibleName('Resume');
		await page.getByTestId('tts-play').click();
		await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe('Opening');

		// Nothing but the sentences and headings was said; the summary's place is untouched.
		for (const entry of await spoken(page)) expect(entry.text).not.toMatch(/¶|\d+–\d+/);
		expect(await page.evaluate(() => localStorage.getItem('igf-reader:listening'))).toBe(
			SUMMARY_PLACE
		);
		await page.getByTestId('tts-stop').click();
		await page.getByRole('button', { name: 'Close the player' }).click();
		await expect(page.locator('[data-speaking]')).toHaveCount(0);
		expect(await page.evaluate(() => localStorage.getItem('igf-reader:listening'))).toBe(
			SUMMARY_PLACE
		);
		// …and the summary still reopens there.
		await page.goto('/en/');
		await expect(page.locator('.player .where')).toHaveText('Continue listening from paragraph 37');
	});

	test('reads on by itself to the end, in Arabic with an Arabic voice', async ({ page, axe }) => {
		await install_fake_speech(page);
		await page.goto('/ar/short/');
		await page.getByTestId('tts-play').click();
		const strings = ui('ar').short_player;
		await expect(page.locator('.player .where')).toContainText('الجملة');
		const sentences = Object.values(short('ar').sections).flat();
		await expect
			.poll(async () => (await spoken(page)).length, { timeout: 30_000 })
			.toBeGreaterThanOrEqual(sentences.length + SECTIONS.length);
		await expect(page.getByTestId('tts-play')).toBeVisible({ timeout: 10_000 });
		const log = await spoken(page);
		for (const entry of log) expect(entry.voice_lang).toMatch(/^ar/);
		expect(log.at(-1)!.text).toBe(said(sentences.at(-1)!.text, 'ar'));
		await expect(page.locator('.player [aria-live]')).toHaveText(strings.finished);
		await axe('/ar/short/ read to the end');
	});
});

test.describe('In short offline', () => {
	test('is saved with its language: it reloads offline; English’s, not saved, gives the offline page', async ({
		page,
		context,
		axe
	}) => {
		const proxy = await start_proxy(`http://127.0.0.1:${Number(process.env.PORT || 4173)}`);
		try {
			await page.goto(`${proxy.origin}/fr/`);
			// Saved with the language being read on the first visit (of English, only the summary
			// that the originals come from).
			await expect
				.poll(
					() =>
						page.evaluate(async () => {
							const saved = [];
							for (const path of ['/fr/short/', '/en/short/', '/fr/', '/en/']) {
								if (await caches.match(path)) saved.push(path);
							}
							return saved;
						}),
					{ timeout: 15_000 }
				)
				.toEqual(['/fr/short/', '/fr/', '/en/']);
			await context.setOffline(true);
			await page.goto(`${proxy.origin}/fr/short/#short-ig4d`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('fr').short.title);
			await expect(page.locator('main section')).toHaveCount(SECTIONS.length);
			await expect(page.locator('#short-ig4d h2')).toBeInViewport();
			await axe('/fr/short/ offline');
			// English was not saved whole (only the summary, for the originals): the offline page, in
			// the language being read, which leads to what was saved.
			await language_link(page, 'fr', 'English').click();
			await expect(page).toHaveURL(/\/en\/short\/#short-ig4d$/);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				ui('fr').offline.page_heading
			);
			await expect(page.locator('main').getByRole('link')).toHaveText(['English', 'Français']);
		} finally {
			await context.setOffline(false);
			await proxy.close();
		}
	});
});
