import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Browser, type Page } from '@playwright/test';

export const LANGS = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;
export const VIEWPORTS = [
	{ width: 320, height: 640 },
	{ width: 1280, height: 800 }
] as const;

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Fixtures {
	/**
	 * Runs axe on the page as it is now (or only on the part `include` selects); every test must
	 * check at least one state.
	 */
	axe: (state: string, include?: string) => Promise<void>;
	/** Console errors a test expects (say, the 404 of a page that does not exist). */
	expected_errors: RegExp[];
}

/**
 * Every journey runs on this: it fails a test on any page error or console error, and on any
 * axe violation in the states the test checks.
 */
export const test = base.extend<Fixtures>({
	expected_errors: [[], { option: true }],
	page: async ({ page, expected_errors }, use) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
		page.on('console', (message) => {
			if (message.type() !== 'error') return;
			const text = message.text();
			if (!expected_errors.some((pattern) => pattern.test(text))) errors.push(`console: ${text}`);
		});
		await use(page);
		expect(errors, 'errors logged by the page').toEqual([]);
	},
	axe: async ({ page, browser, javaScriptEnabled, colorScheme }, use, test_info) => {
		let checked = 0;
		await use(async (state, include) => {
			checked += 1;
			const twin = javaScriptEnabled
				? undefined
				: await scriptless_twin(browser, page, colorScheme);
			// Only violations are read: not collecting every passing node makes a run a third faster.
			// Legacy mode runs axe.run() in the page itself; the default opens a blank page for every
			// check to merge the results of frames, which costs three times as much and this site has
			// no frames.
			const builder = new AxeBuilder({ page: twin ?? page })
				.setLegacyMode()
				.withTags(AXE_TAGS)
				.options({ resultTypes: ['violations'] });
			if (include) builder.include(include);
			const results = await builder.analyze();
			await twin?.context().close();
			const violations = results.violations.map(
				(violation) =>
					`${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`
			);
			expect(violations, `axe violations in ${state}`).toEqual([]);
		});
		if (test_info.errors.length === 0) {
			expect(checked, 'every journey checks its states with axe').toBeGreaterThan(0);
		}
	}
});

export { expect };

/**
 * axe needs JavaScript, which a no-JavaScript page lacks: it checks a twin of the page instead,
 * loaded with the same address, viewport and colour scheme from HTML with every script removed.
 */
async function scriptless_twin(
	browser: Browser,
	page: Page,
	colorScheme: 'light' | 'dark' | 'no-preference' | null
): Promise<Page> {
	const context = await browser.newContext({
		viewport: page.viewportSize(),
		colorScheme,
		javaScriptEnabled: true
	});
	const twin = await context.newPage();
	await twin.route('**/*', async (route) => {
		if (route.request().resourceType() !== 'document') return route.continue();
		const response = await route.fetch();
		const body = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
		await route.fulfill({ response, body });
	});
	await twin.goto(page.url());
	return twin;
}

/** The numbers of the paragraphs whose top edge is inside the viewport. */
export async function paragraph_at_top(page: Page): Promise<number> {
	return page.evaluate(() => {
		const list = [...document.querySelectorAll<HTMLElement>('[data-paragraph-number]')];
		const first = list.find((element) => element.getBoundingClientRect().bottom > 24);
		return Number(first?.dataset.paragraphNumber ?? 0);
	});
}

/** How much of the screen's height the player and the offers docked at the bottom cover. */
export function covered(page: Page): Promise<number> {
	return page.evaluate(() => {
		const tops = [...document.querySelectorAll('.player, .docked-notice > *')].map(
			(element) => element.getBoundingClientRect().top
		);
		return tops.length === 0 ? 0 : (innerHeight - Math.min(...tops)) / innerHeight;
	});
}

/**
 * The text of the assertive live regions a screen reader can hear now, from Chromium's own
 * accessibility tree (what is hidden from it, `display: none`, is not there).
 */
export async function assertive_regions(page: Page): Promise<string[]> {
	// What the page does in answer to the last event (Kit's navigation callbacks run in a task
	// and a frame after it) is done before the regions are read.
	await page.evaluate(
		() => new Promise((done) => setTimeout(() => requestAnimationFrame(() => done(null)), 0))
	);
	const cdp = await page.context().newCDPSession(page);
	const { nodes } = await cdp.send('Accessibility.getFullAXTree');
	await cdp.detach();
	type Node = (typeof nodes)[number];
	const by_id = new Map(nodes.map((node) => [node.nodeId, node]));
	const text = (node: Node): string =>
		node.role?.value === 'StaticText'
			? String(node.name?.value ?? '')
			: (node.childIds ?? []).map((id) => text(by_id.get(id)!)).join('');
	return nodes
		.filter(
			(node) =>
				!node.ignored &&
				node.properties?.some(
					(property) => property.name === 'live' && property.value.value === 'assertive'
				)
		)
		.map(text);
}
