import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, LANGS, test } from './fixtures';

type Lang = (typeof LANGS)[number];

const ui = (lang: Lang) => JSON.parse(readFileSync(`locales/${lang}/ui.json`, 'utf8'));
/** "Listen from here (Paragraph 21)": a control's name, its visible words then its paragraph. */
const name_of = (lang: Lang, label: string, n: number) =>
	`${label} (${ui(lang).reader.paragraph.replace('{{number}}', String(n))})`;

/** Once the script has enhanced the rows (the buttons are written disabled). */
async function ready(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expect(page.locator('.para-actions button.copy-link:enabled')).toHaveCount(71);
}

/**
 * The stops of each paragraph: the controls a screen reader's virtual cursor or Tab lands on
 * (links, buttons, disclosure summaries, anything focusable), from paragraph N up to paragraph
 * N + 1 (the last up to the notes) within N's section (the next section's own link, to its "In
 * short", is the section's), that are exposed: rendered, not aria-hidden or inert, and not
 * inside a closed disclosure (whose summary alone is there).
 */
function stops(page: Page): Promise<string[][]> {
	return page.evaluate(() => {
		const paragraphs = [...document.querySelectorAll<HTMLElement>('[data-paragraph-number]')];
		const controls = [
			...document.querySelectorAll<HTMLElement>(
				'.summary a[href], .summary button, .summary summary, .summary input, .summary select, .summary textarea, .summary [tabindex]:not([tabindex="-1"])'
			)
		];
		const exposed = (element: HTMLElement) => {
			if (!element.checkVisibility({ visibilityProperty: true })) return false;
			if (element.closest('[aria-hidden="true"], [inert]')) return false;
			for (let details = element.closest('details'); details;) {
				const own_summary = element.tagName === 'SUMMARY' && element.parentElement === details;
				if (!details.open && !own_summary) return false;
				details = details.parentElement?.closest('details') ?? null;
			}
			return true;
		};
		const end = document.querySelector('.notes')!;
		return paragraphs.map((paragraph, i) => {
			const next = paragraphs[i + 1] ?? end;
			return controls
				.filter(
					(element) =>
						(paragraph === element ||
							paragraph.compareDocumentPosition(element) &
								(Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY)) &&
						next.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING &&
						paragraph.closest('section')!.contains(element) &&
						exposed(element)
				)
				.map((element) => element.getAttribute('aria-label') ?? element.textContent!.trim());
		});
	});
}

test.describe('paragraph actions: few stops, every one reached by Tab', () => {
	for (const lang of LANGS) {
		test(`${lang}: at most two stops a paragraph, nothing lost`, async ({ page, axe }) => {
			await ready(page, `/${lang}/`);
			const per_paragraph = await stops(page);
			expect(per_paragraph).toHaveLength(71);
			const most = lang === 'en' ? 1 : 2;
			per_paragraph.forEach((list, i) => {
				expect(list.length, `paragraph ${i + 1}: ${list.join(' | ')}`).toBeLessThanOrEqual(most);
			});
			// The number stays, visible inside its paragraph, which keeps its id.
			await expect(page.locator('#p23 .pnum')).toHaveText('23');
			await expect(page.locator('#p23 .pnum')).toBeVisible();
			// Every paragraph keeps its actions: listening and the link, inside its disclosure.
			await expect(page.locator('.para-actions details button.listen-from')).toHaveCount(71);
			await expect(page.locator('.para-actions details button.copy-link')).toHaveCount(71);
			await expect(page.locator('button.original-toggle')).toHaveCount(lang === 'en' ? 0 : 71);
			await axe(`/${lang}/ with its paragraph actions`);
		});

		test(`${lang}: Tab reaches each control of a paragraph, in order`, async ({ page, axe }) => {
			const t = ui(lang);
			await ready(page, `/${lang}/#p20`);
			const original = (n: number) =>
				page.getByRole('button', { name: name_of(lang, t.reader.original, n), exact: true });
			const summary = (n: number) => page.locator(`#p${n} + .para-actions summary`);
			const tab_to = async (target: ReturnType<Page['locator']>) => {
				await page.keyboard.press('Tab');
				await expect(target).toBeFocused();
			};
			// From the last control of paragraph 20 (the number of 21 is text, not a stop).
			await summary(20).focus();
			if (lang !== 'en') await tab_to(original(21));
			await tab_to(summary(21));
			// Its words say what it holds: listening, the link and, here, the terms.
			await expect(summary(21)).toContainText(t.reader.actions_terms.split('{{terms}}')[0].trim());
			await axe(`/${lang}/ paragraph 21, actions closed`);
			await page.keyboard.press('Enter');
			await expect(page.locator('#p21 + .para-actions details')).toHaveAttribute('open');
			await tab_to(
				page.getByRole('button', { name: name_of(lang, t.player.listen_from_here, 21) })
			);
			await tab_to(page.getByRole('button', { name: name_of(lang, t.share.copy_link, 21) }));
			await tab_to(page.locator('#p21 + .para-actions .glossary-link a'));
			await expect(page.locator('#p21 + .para-actions dt').first()).toBeVisible();
			await axe(`/${lang}/ paragraph 21, actions open`, '#p21 + .para-actions');
			// Paragraph 22 has no terms: its disclosure holds listening and the link.
			if (lang !== 'en') await tab_to(original(22));
			await tab_to(summary(22));
			await expect(summary(22)).toHaveText(
				`${t.reader.actions} (${t.reader.paragraph.replace('{{number}}', '22')})`
			);
			await page.keyboard.press('Space');
			await tab_to(
				page.getByRole('button', { name: name_of(lang, t.player.listen_from_here, 22) })
			);
			await tab_to(page.getByRole('button', { name: name_of(lang, t.share.copy_link, 22) }));
			await tab_to(lang === 'en' ? summary(23) : original(23));
		});
	}

	for (const lang of ['en', 'ar'] as const) {
		for (const width of [320, 1280]) {
			test(`${lang} at ${width} px: the disclosure closed and open, controls 44 px tall`, async ({
				page,
				axe
			}) => {
				await page.setViewportSize({ width, height: 700 });
				await ready(page, `/${lang}/#p1`);
				const row = page.locator('#p2 + .para-actions');
				await axe(`/${lang}/ ${width}px, paragraph actions closed`);
				await row.locator('summary').click();
				await expect(row.locator('details')).toHaveAttribute('open');
				for (const control of await row.locator('summary, button, .original-toggle').all()) {
					expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(44);
				}
				// Nothing of the row sticks out of the page, nor scrolls it sideways.
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
				await axe(`/${lang}/ ${width}px, paragraph actions open`);
				await row.locator('summary').click();
				await expect(row.locator('details')).not.toHaveAttribute('open');
			});
		}
	}

	test('"Listen from here" has a speaker, not a disclosure arrow, in forced colours too', async ({
		page,
		axe
	}) => {
		await page.emulateMedia({ forcedColors: 'active' });
		await ready(page, '/fr/');
		const row = page.locator('#p3 + .para-actions');
		await row.locator('summary').click();
		const listen = row.locator('button.listen-from');
		await expect(listen).toBeVisible();
		const icon = await listen.evaluate((button) => {
			const mark = getComputedStyle(button, '::before');
			return {
				mask: mark.maskImage,
				content: mark.content,
				// Forced colours: the mark is painted in the button's own (system) colour.
				same_colour: mark.backgroundColor === getComputedStyle(button).color,
				summary: getComputedStyle(button.closest('details')!.querySelector('summary')!, '::before')
					.content
			};
		});
		expect(icon.mask).toContain('/icons/listen.svg');
		expect(icon.content).not.toContain('▸');
		expect(icon.summary).toContain('▾');
		expect(icon.same_colour).toBe(true);
		await axe('/fr/ forced colours, paragraph 3 actions open');
	});

	test('without speech synthesis, "Listen from here" stays and still asks the player', async ({
		page,
		axe
	}) => {
		await page.addInitScript(() => {
			delete (window as { speechSynthesis?: unknown }).speechSynthesis;
			delete (Window.prototype as { speechSynthesis?: unknown }).speechSynthesis;
		});
		await ready(page, '/es/');
		expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
		await expect(page.locator('button.listen-from')).toHaveCount(71);
		await page.evaluate(() =>
			document.addEventListener('listen-from', (event) => {
				document.body.dataset.listenFrom = String((event as CustomEvent<number>).detail);
			})
		);
		await page.locator('#p40 + .para-actions summary').click();
		await page.getByRole('button', { name: 'Escuchar desde aquí (Párrafo 40)' }).click();
		await expect(page.locator('body')).toHaveAttribute('data-listen-from', '40');
		await axe('/es/ without speech synthesis, paragraph 40 actions open');
	});
});
