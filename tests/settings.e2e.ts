import type { Page } from '@playwright/test';
import { expect, test, VIEWPORTS } from './fixtures';

const KEY = 'igf-reader:settings';

const BACKGROUND = {
	light: 'rgb(253, 253, 252)',
	dark: 'rgb(20, 20, 20)',
	sepia: 'rgb(244, 236, 216)',
	contrast: 'rgb(0, 0, 0)'
};

/** Stores settings before the page's first script runs (the early script included). */
async function store_settings(page: Page, value: unknown): Promise<void> {
	await page.addInitScript(([key, text]) => localStorage.setItem(key, text), [
		KEY,
		typeof value === 'string' ? value : JSON.stringify(value)
	] as const);
}

async function open_settings(page: Page, name = 'Settings') {
	const button = page.getByRole('button', { name, exact: true });
	await button.click();
	await expect(button).toHaveAttribute('aria-expanded', 'true');
	const panel = page.locator('#reading-settings');
	await expect(panel).toBeVisible();
	return panel;
}

/** What the settings change, as the browser computes it. */
function styles(page: Page) {
	return page.evaluate(() => {
		const html = getComputedStyle(document.documentElement);
		const paragraph = getComputedStyle(document.getElementById('p1')!);
		const actions = getComputedStyle(document.querySelector('.para-actions')!);
		const size = parseFloat(paragraph.fontSize);
		const round = (value: number) => Math.round(value * 100) / 100;
		return {
			background: html.backgroundColor,
			font: paragraph.fontFamily.split(',')[0].replace(/"/g, ''),
			html_size: html.fontSize,
			leading: round(parseFloat(paragraph.lineHeight) / size),
			letters: round(parseFloat(paragraph.letterSpacing) / size || 0),
			words: round(parseFloat(paragraph.wordSpacing) / size || 0),
			gap: round(parseFloat(actions.marginBlockEnd) / parseFloat(actions.fontSize)),
			measure: html.getPropertyValue('--measure').trim()
		};
	});
}

const DEFAULT_STYLES = {
	background: BACKGROUND.light,
	font: 'system-ui',
	html_size: '16px',
	leading: 1.6,
	letters: 0,
	words: 0,
	gap: 1,
	measure: '70ch'
};

test.describe('reading settings', () => {
	test('each setting changes the page at once, survives a reload and reaches another tab', async ({
		page,
		context,
		axe
	}) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('/en/');
		expect(await styles(page)).toEqual(DEFAULT_STYLES);
		const panel = await open_settings(page);
		await expect(panel.getByRole('heading', { name: 'Reading settings' })).toBeVisible();
		await expect(panel.getByRole('radio', { name: 'Same as this device' })).toBeChecked();
		await axe('/en/ with the settings panel open');

		await panel.getByRole('radio', { name: 'Sepia' }).check();
		await panel.getByRole('radio', { name: 'Serif', exact: true }).check();
		// The sliders, by keyboard: End is the largest step.
		for (const name of [
			'Text size',
			'Line spacing',
			'Letter spacing',
			'Word spacing',
			'Space between paragraphs'
		]) {
			await panel.getByRole('slider', { name }).focus();
			await page.keyboard.press('End');
		}
		await panel.getByRole('radio', { name: 'Short' }).check();
		await expect(panel.getByRole('slider', { name: 'Text size' })).toHaveAttribute(
			'aria-valuetext',
			'200%'
		);
		await expect(panel.getByRole('slider', { name: 'Letter spacing' })).toHaveAttribute(
			'aria-valuetext',
			'+3'
		);
		await expect(panel.locator('output').first()).toHaveText('200%');

		const chosen = {
			background: BACKGROUND.sepia,
			font: 'Georgia',
			html_size: '32px',
			leading: 2.4,
			letters: 0.12,
			words: 0.24,
			gap: 2.5,
			measure: '50ch'
		};
		expect(await styles(page)).toEqual(chosen);
		expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY))!)).toEqual({
			version: 1,
			theme: 'sepia',
			font: 'serif',
			size: 200,
			leading: 150,
			letters: 3,
			words: 3,
			paragraphs: 250,
			measure: 'narrow',
			focus: 0
		});
		await axe('/en/ with every setting at its largest, panel open');

		await page.reload();
		expect(await styles(page)).toEqual(chosen);

		const other = await context.newPage();
		await other.goto('/en/about/');
		const other_background = () =>
			other.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		expect(await other_background()).toBe(BACKGROUND.sepia);
		await other.goto('/en/');
		expect(await styles(other)).toEqual(chosen);

		// A change in one tab reaches the other as it is made (the `storage` event).
		const again = await open_settings(page);
		await again.getByRole('radio', { name: 'High contrast' }).check();
		await expect.poll(other_background).toBe(BACKGROUND.contrast);
		await again.getByRole('button', { name: 'Reset to defaults' }).click();
		// Said, since nothing else tells a screen reader that every setting went back.
		await expect(again.getByRole('status')).toHaveText('The default settings are back.');
		expect(await styles(page)).toEqual(DEFAULT_STYLES);
		await expect.poll(() => styles(other)).toEqual(DEFAULT_STYLES);
		// Defaults are stored as nothing at all.
		expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
		await expect(again.getByRole('radio', { name: 'Same as this device' })).toBeChecked();
		await axe('/en/ after reset');
	});

	test('an open panel in another tab follows the change', async ({ page, context, axe }) => {
		await page.goto('/fr/');
		const panel = await open_settings(page, 'Paramètres');
		const other = await context.newPage();
		await other.goto('/fr/');
		const other_panel = await open_settings(other, 'Paramètres');
		await panel.getByRole('radio', { name: 'Sombre' }).check();
		await expect(other_panel.getByRole('radio', { name: 'Sombre' })).toBeChecked();
		await axe('/fr/ panel open, dark');
	});

	test('“system” follows the device, a chosen theme does not', async ({ page, axe }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/es/');
		const background = () =>
			page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		expect(await background()).toBe(BACKGROUND.dark);
		const panel = await open_settings(page, 'Ajustes');
		await panel.getByRole('radio', { name: 'Claro' }).check();
		expect(await background()).toBe(BACKGROUND.light);
		await page.emulateMedia({ colorScheme: 'light' });
		await panel.getByRole('radio', { name: 'Oscuro' }).check();
		expect(await background()).toBe(BACKGROUND.dark);
		await axe('/es/ dark chosen on a light device');
	});

	test('the panel works from the keyboard: one button, Escape closes, focus returns', async ({
		page,
		axe
	}) => {
		await page.goto('/en/');
		const button = page.getByRole('button', { name: 'Settings', exact: true });
		// Written disabled into the HTML; the script enables it.
		await expect(button).toBeEnabled();
		await button.focus();
		await expect(button).toHaveCSS('outline-style', 'solid');
		const box = (await button.boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(44);
		expect(box.width).toBeGreaterThanOrEqual(44);
		await page.keyboard.press('Enter');
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		await expect(button).toHaveAttribute('aria-controls', 'reading-settings');
		// The panel follows its button: the next stop is inside it.
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Close the reading settings' })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('radio', { name: 'Same as this device' })).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		await axe('/en/ panel opened by keyboard');
		await page.keyboard.press('Escape');
		await expect(page.locator('#reading-settings')).toHaveCount(0);
		await expect(button).toBeFocused();
		await expect(button).toHaveAttribute('aria-expanded', 'false');
		// The change stays.
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		// Opened again from the keyboard, Escape on the button itself closes it too.
		await page.keyboard.press('Enter');
		await expect(page.locator('#reading-settings')).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.locator('#reading-settings')).toHaveCount(0);
		await expect(button).toBeFocused();
	});

	test('Arabic: Naskh by default, a sans-serif on request, no letter spacing', async ({
		page,
		axe
	}) => {
		await page.goto('/ar/');
		const panel = await open_settings(page, 'الإعدادات');
		await expect(panel.getByRole('radio', { name: 'خط النسخ' })).toBeChecked();
		await expect(panel.getByRole('slider')).toHaveCount(4);
		await expect(panel.getByRole('slider', { name: 'المسافة بين الحروف' })).toHaveCount(0);
		// Chinese has no spaces between words to widen: no word spacing there.
		const chinese = await page.context().newPage();
		await chinese.goto('/zh/');
		await chinese.getByRole('button', { name: '设置', exact: true }).click();
		const zh_panel = chinese.locator('#reading-settings');
		await expect(zh_panel.getByRole('slider')).toHaveCount(4);
		await expect(zh_panel.getByRole('slider', { name: '词距' })).toHaveCount(0);
		await chinese.close();
		const font = (target: Page) =>
			target.evaluate(() => getComputedStyle(document.getElementById('p1')!).fontFamily);
		expect(await font(page)).toMatch(/^"Noto Naskh Arabic"/);
		await panel.getByRole('radio', { name: 'خط بسيط' }).check();
		expect(await font(page)).toMatch(/^"Noto Sans Arabic"/);
		await axe('/ar/ panel open, sans-serif');
		// Choosing Arabic's sans-serif leaves Latin text in its own (sans-serif) face.
		await page.goto('/en/');
		expect(await font(page)).toMatch(/^system-ui/);
		const english = await open_settings(page);
		await expect(english.getByRole('radio', { name: 'Sans serif' })).toBeChecked();
	});

	test('forced colours win over a chosen theme, and the panel keeps its outlines', async ({
		page,
		axe
	}) => {
		await store_settings(page, { version: 1, theme: 'sepia' });
		await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
		await page.goto('/en/');
		// What the system's colours are, from an element that asks for them.
		const system = await page.evaluate(() => {
			const probe = document.createElement('div');
			probe.style.cssText = 'background: Canvas; color: CanvasText; border: 2px solid ButtonText';
			document.body.append(probe);
			const style = getComputedStyle(probe);
			const colours = {
				canvas: style.backgroundColor,
				text: style.color,
				button: style.borderTopColor
			};
			probe.remove();
			return colours;
		});
		const html = () =>
			page.evaluate(() => {
				const style = getComputedStyle(document.documentElement);
				return { background: style.backgroundColor, text: style.color };
			});
		expect(await html()).toEqual({ background: system.canvas, text: system.text });
		expect(system.canvas).not.toBe(BACKGROUND.sepia);
		const panel = await open_settings(page);
		await expect(panel).toHaveCSS('border-top-style', 'solid');
		await expect(panel).toHaveCSS('border-top-color', system.text);
		await expect(panel.getByRole('button', { name: 'Reset to defaults' })).toHaveCSS(
			'border-top-color',
			system.button
		);
		await panel.getByRole('radio', { name: 'High contrast' }).check();
		expect(await html()).toEqual({ background: system.canvas, text: system.text });
		await axe('/en/ forced colours, panel open');
	});

	test('the legibility font loads only when chosen, from our origin, English, French and Spanish only', async ({
		page,
		axe,
		baseURL
	}) => {
		// The fonts this document fetched (the service worker's own fetches are not the page's).
		const fonts = () =>
			page.evaluate(() =>
				performance
					.getEntriesByType('resource')
					.map((entry) => entry.name)
					.filter((name) => /\.(woff2?|ttf|otf)$/.test(new URL(name).pathname))
			);
		const loaded = () =>
			page.evaluate(async () => {
				await document.fonts.ready;
				return document.fonts.check('16px "Atkinson Hyperlegible"');
			});
		await page.goto('/en/');
		await page.waitForLoadState('networkidle');
		expect(await fonts(), 'no font on a first visit').toEqual([]);

		const panel = await open_settings(page);
		await expect(panel.getByText('downloaded (about 35 KB)')).toBeVisible();
		await panel.getByRole('radio', { name: 'Atkinson Hyperlegible' }).check();
		await expect.poll(loaded).toBe(true);
		const fetched = await fonts();
		expect(fetched).toHaveLength(2);
		for (const url of fetched) {
			expect(url.startsWith(`${baseURL}/_app/immutable/assets/`)).toBe(true);
			expect(url).toMatch(/atkinson-hyperlegible-latin-(400|700)-normal\.[\w-]+\.woff2$/);
		}
		const family = () =>
			page.evaluate(() => getComputedStyle(document.getElementById('p1')!).fontFamily);
		expect(await family()).toMatch(/^"Atkinson Hyperlegible"/);
		await axe('/en/ in Atkinson Hyperlegible');

		// Back another day: the font is declared in the page's own CSS, so it comes with the first
		// paint, without waiting for the app's JavaScript (which here never arrives).
		await page.route('**/_app/**/*.js', () => {});
		await page.reload({ waitUntil: 'domcontentloaded' });
		expect(await family()).toMatch(/^"Atkinson Hyperlegible"/);
		await expect.poll(loaded).toBe(true);
		await page.unroute('**/_app/**/*.js');

		// Russian is not Latin: neither the option nor the font.
		await page.goto('/ru/');
		await page.waitForLoadState('networkidle');
		expect(await family()).not.toContain('Atkinson');
		const russian = await open_settings(page, 'Настройки');
		await expect(russian.getByRole('radio')).toHaveCount(5 + 2 + 3 + 4);
		await expect(russian.getByRole('radio', { name: 'Без засечек' })).toBeChecked();
		// Nothing on the page is set in it, and no byte of it crossed the network (Chromium may
		// list the faces the CSS declares, read from its memory cache: transfer size 0).
		const used = await page.evaluate(
			() =>
				[...document.querySelectorAll('*')].filter((element) =>
					getComputedStyle(element).fontFamily.includes('Atkinson')
				).length
		);
		expect(used).toBe(0);
		const transferred = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.filter((entry) => /\.woff2$/.test(entry.name))
				.map((entry) => (entry as PerformanceResourceTiming).transferSize)
				.filter((size) => size > 0)
		);
		expect(transferred).toEqual([]);
	});
});

test.describe('before the first paint', () => {
	test('the chosen theme and size are there before any of the app’s JavaScript has run', async ({
		page,
		axe
	}) => {
		await store_settings(page, { version: 1, theme: 'dark', size: 150, measure: 'wide' });
		// What the first frame paints with, read just before it is painted.
		await page.addInitScript(() => {
			requestAnimationFrame(() => {
				const html = getComputedStyle(document.documentElement);
				(window as { first_frame?: unknown }).first_frame = {
					background: html.backgroundColor,
					size: html.fontSize
				};
			});
		});
		// The app's scripts never arrive: what the page shows comes from its HTML, its inline
		// CSS and the inline script in the head, under the page's content-security policy (a
		// blocked script would be an error, which fails the test).
		await page.route('**/_app/**/*.js', () => {});
		await page.goto('/en/', { waitUntil: 'domcontentloaded' });
		const state = await page.evaluate(() => ({
			// The paragraph actions are enabled, and "Listen" appears, when the app starts.
			app_started: document.querySelector('.para-actions button:enabled, .listen-button') !== null,
			theme: document.documentElement.dataset.theme,
			background: getComputedStyle(document.documentElement).backgroundColor,
			size: getComputedStyle(document.documentElement).fontSize,
			measure: getComputedStyle(document.documentElement).getPropertyValue('--measure').trim()
		}));
		expect(state).toEqual({
			app_started: false,
			theme: 'dark',
			background: BACKGROUND.dark,
			size: '24px',
			measure: '95ch'
		});
		await expect
			.poll(() => page.evaluate(() => (window as { first_frame?: unknown }).first_frame))
			.toEqual({ background: BACKGROUND.dark, size: '24px' });
		await axe('/en/ dark at 150 %, before the app starts');
	});
});

test.describe('storage that cannot be trusted', () => {
	const GARBAGE = [
		'{',
		'null',
		'[1,2]',
		'"dark"',
		JSON.stringify({ version: 1, theme: 'purple', size: 9000, measure: '<b>' }),
		JSON.stringify({ version: 99, theme: 'dark', size: 200 }),
		JSON.stringify({ theme: { toString: 'dark' } })
	];

	test('corrupted or foreign settings give the defaults, without an error', async ({
		page,
		axe
	}) => {
		await page.goto('/en/');
		for (const text of GARBAGE) {
			await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, text] as const);
			await page.reload();
			expect(await styles(page), text).toEqual(DEFAULT_STYLES);
		}
		const panel = await open_settings(page);
		await expect(panel.getByRole('radio', { name: 'Same as this device' })).toBeChecked();
		await expect(panel.getByRole('slider', { name: 'Text size' })).toHaveAttribute(
			'aria-valuetext',
			'100%'
		);
		// A choice replaces the garbage with valid settings.
		await panel.getByRole('radio', { name: 'Dark' }).check();
		expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY))!)).toEqual({
			version: 1,
			theme: 'dark',
			font: 'system',
			size: 100,
			leading: 100,
			letters: 0,
			words: 0,
			paragraphs: 100,
			measure: 'standard',
			focus: 0
		});
		await axe('/en/ after garbage in storage');
	});

	test('on a dark device, garbage gives the device’s dark theme, and page and panel agree', async ({
		page,
		axe
	}) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/en/');
		await page.evaluate(
			(key) => localStorage.setItem(key, JSON.stringify({ version: 1, theme: 'purple' })),
			KEY
		);
		await page.reload();
		expect((await styles(page)).background).toBe(BACKGROUND.dark);
		const panel = await open_settings(page);
		await expect(panel.getByRole('radio', { name: 'Same as this device' })).toBeChecked();
		// Written by hand, without a version: the page and the panel read it alike.
		await page.evaluate(
			(key) => localStorage.setItem(key, JSON.stringify({ theme: 'sepia', size: 150 })),
			KEY
		);
		await page.reload();
		expect(await styles(page)).toMatchObject({ background: BACKGROUND.sepia, html_size: '24px' });
		const reopened = await open_settings(page);
		await expect(reopened.getByRole('radio', { name: 'Sepia' })).toBeChecked();
		await axe('/en/ sepia from a versionless object, panel open');
	});

	test('with storage blocked, the defaults, and the panel still changes this page', async ({
		page,
		axe
	}) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('blocked', 'SecurityError');
				}
			});
		});
		await page.goto('/en/');
		expect(await styles(page)).toEqual(DEFAULT_STYLES);
		const panel = await open_settings(page);
		await panel.getByRole('radio', { name: 'High contrast' }).check();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
		await axe('/en/ high contrast with storage blocked');
		await page.reload();
		expect(await styles(page)).toEqual(DEFAULT_STYLES);
	});
});

test.describe('large text and wide spacing on a phone', () => {
	/** WCAG 1.4.10 and 1.4.12: nothing scrolls sideways, nothing is cut off. */
	function problems(page: Page) {
		return page.evaluate(() => {
			const found: string[] = [];
			const root = document.documentElement;
			if (root.scrollWidth > root.clientWidth) found.push(`page ${root.scrollWidth}px wide`);
			for (const element of document.querySelectorAll<HTMLElement>('body *')) {
				if (element.closest('.visually-hidden, .skip-link, [hidden]')) continue;
				const style = getComputedStyle(element);
				if (style.display === 'none' || style.visibility === 'hidden') continue;
				const clips = style.overflowX === 'hidden' || style.overflowX === 'clip';
				if (clips && element.scrollWidth > element.clientWidth + 1) {
					found.push(`clipped: ${element.outerHTML.slice(0, 80)}`);
				}
				const box = element.getBoundingClientRect();
				if (box.width > 0 && (box.right > root.clientWidth + 1 || box.left < -1)) {
					found.push(`outside: ${element.outerHTML.slice(0, 80)}`);
				}
			}
			return found;
		});
	}

	/** 200 % text with at least WCAG 1.4.12's spacing: line 1.5, letters 0.12, words 0.16, paragraphs 2. */
	const LARGEST = { version: 1, size: 200, leading: 150, letters: 3, words: 2, paragraphs: 200 };

	for (const lang of ['en', 'ar'] as const) {
		test(`${lang}: 200 % text and WCAG 1.4.12 spacing at 320 px, panel open too`, async ({
			page,
			axe
		}) => {
			await page.setViewportSize({ width: 320, height: 640 });
			await store_settings(page, LARGEST);
			await page.goto(`/${lang}/`);
			const spacing = await page.locator('#p23').evaluate((element) => {
				const style = getComputedStyle(element);
				const size = parseFloat(style.fontSize);
				const actions = getComputedStyle(element.nextElementSibling!);
				return {
					size: parseFloat(getComputedStyle(document.documentElement).fontSize),
					line: parseFloat(style.lineHeight) / size,
					letters: parseFloat(style.letterSpacing) / size || 0,
					words: parseFloat(style.wordSpacing) / size,
					after: parseFloat(actions.marginBlockEnd) / parseFloat(actions.fontSize)
				};
			});
			expect(spacing.size).toBe(lang === 'ar' ? 36 : 32);
			expect(spacing.line).toBeGreaterThanOrEqual(1.5);
			// Arabic letters join: they are never spaced apart (see app.css).
			if (lang === 'en') expect(spacing.letters).toBeCloseTo(0.12, 3);
			expect(spacing.words).toBeCloseTo(0.16, 3);
			expect(spacing.after).toBeGreaterThanOrEqual(2);
			expect(await problems(page)).toEqual([]);
			await axe(`/${lang}/ at 200 % and WCAG spacing, 320 px`);

			await page.locator('.settings-button').click();
			await expect(page.locator('#reading-settings')).toBeVisible();
			expect(await problems(page)).toEqual([]);
			await axe(`/${lang}/ at 200 % with the panel open, 320 px`);

			await page.goto(`/${lang}/about/`);
			expect(await problems(page)).toEqual([]);
		});
	}

	test('French, Spanish, Russian and Chinese: 200 % text and WCAG 1.4.12 spacing at 320 px', async ({
		page,
		axe
	}) => {
		// Longer words than English (Russian especially): nothing may push the page sideways.
		await page.setViewportSize({ width: 320, height: 640 });
		await store_settings(page, LARGEST);
		for (const lang of ['fr', 'es', 'ru', 'zh']) {
			await page.goto(`/${lang}/`);
			expect(await problems(page), `/${lang}/`).toEqual([]);
			await page.locator('.settings-button').click();
			await expect(page.locator('#reading-settings')).toBeVisible();
			expect(await problems(page), `/${lang}/ with the panel open`).toEqual([]);
			await page.goto(`/${lang}/about/`);
			expect(await problems(page), `/${lang}/about/`).toEqual([]);
		}
		await page.goto('/ru/');
		await page.locator('.settings-button').click();
		await axe('/ru/ at 200 % and WCAG spacing with the panel open, 320 px');
	});
});

test.describe('every theme passes axe', () => {
	// "Same as this device" is light or dark: the reading journeys check both in every language.
	const THEMES = [
		{ theme: 'light', scheme: 'dark' },
		{ theme: 'dark', scheme: 'light' },
		{ theme: 'sepia', scheme: 'dark' },
		{ theme: 'contrast', scheme: 'light' }
	] as const;

	for (const { theme, scheme } of THEMES) {
		for (const lang of ['en', 'ar'] as const) {
			test(`${theme} on a ${scheme} device, ${lang}, 320 and 1280 px, panel closed and open`, async ({
				page,
				axe
			}) => {
				await page.emulateMedia({ colorScheme: scheme });
				await store_settings(page, { version: 1, theme });
				for (const viewport of VIEWPORTS) {
					await page.setViewportSize(viewport);
					await page.goto(`/${lang}/`);
					await expect(page.locator('.copy-link')).toHaveCount(71);
					const state = `/${lang}/ ${theme} (${scheme} device) ${viewport.width}px`;
					await axe(state);
					await page.locator('.settings-button').click();
					await expect(page.locator('#reading-settings')).toBeVisible();
					// The page around it was just checked: only the panel is new.
					await axe(`${state}, panel open`, '#reading-settings');
				}
			});
		}
	}
});
