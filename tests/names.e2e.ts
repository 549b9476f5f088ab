import { readFileSync } from 'node:fs';
import { expect, LANGS, test } from './fixtures';

type Lang = (typeof LANGS)[number];

const ui = (lang: Lang) => JSON.parse(readFileSync(`locales/${lang}/ui.json`, 'utf8'));

/** The title and the annex's heading, as each language's document has them. */
function doc(lang: Lang): { title: string; annex: string; dialogues: string } {
	if (lang === 'en') {
		return { title: "Chair's Summary", annex: 'Annex 2', dialogues: 'Regional Dialogues' };
	}
	const { title, headings } = JSON.parse(readFileSync(`locales/${lang}/summary.json`, 'utf8'));
	return { title, annex: headings.annex, dialogues: headings['regional-dialogues'] };
}

test.describe('what a screen reader calls things', () => {
	for (const lang of LANGS) {
		test(`${lang}: the main heading is the title alone; its note mark is still a link named "Note 1"`, async ({
			page,
			axe
		}) => {
			const { title } = doc(lang);
			await page.goto(`/${lang}/`);
			const heading = page.getByRole('heading', { level: 1, name: title, exact: true });
			await expect(heading).toHaveCount(1);
			await expect(page.getByRole('article', { name: title, exact: true })).toHaveCount(1);
			const note = ui(lang).reader.note_mark.replace('{{number}}', '1');
			const mark = heading.getByRole('link', { name: note, exact: true });
			await expect(mark).toHaveAttribute('href', '#note');
			await mark.focus();
			await expect(mark).toBeFocused();
			await axe(`/${lang}/ the note mark focused`);
		});

		test(`${lang}: "Read beside another language:" is said once, before its list`, async ({
			page,
			axe
		}) => {
			// The accessibility snapshot writes a no-break space (French "langue :") as a space.
			const label: string = ui(lang).side.link.replace(/\u00a0/g, ' ');
			await page.goto(`/${lang}/`);
			const snapshot = await page.locator('.reader-tools').ariaSnapshot();
			expect(snapshot.split(label).length - 1, snapshot).toBe(1);
			await expect(page.locator('.side-links').getByRole('link')).toHaveCount(5);
			await axe(`/${lang}/ the reader's tools`, '.reader-tools');
		});

		test(`${lang}: the annex heading has one name on the reader and side by side, with its space`, async ({
			page,
			axe
		}) => {
			const other = lang === 'en' ? 'fr' : 'en';
			const name = (of: Lang) => `${doc(of).annex} ${doc(of).dialogues}`;
			await page.goto(`/${lang}/`);
			await expect(
				page.getByRole('heading', { level: 2, name: name(lang), exact: true })
			).toHaveCount(1);
			await page.goto(`/${lang}/with/${other}/`);
			for (const side of [lang, other] as const) {
				await expect(
					page.getByRole('heading', { level: 3, name: name(side), exact: true })
				).toHaveCount(1);
			}
			await axe(`/${lang}/with/${other}/`);
		});
	}
});
