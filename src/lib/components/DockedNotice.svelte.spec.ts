import { createRawSnippet } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import DockedNotice from './DockedNotice.svelte';

const children = createRawSnippet(() => ({
	render: () => '<span>Resume reading at paragraph 23?</span>'
}));

describe('DockedNotice', () => {
	it('keeps an empty polite status region while closed', async () => {
		await render(DockedNotice, {
			open: false,
			dismiss_label: 'Dismiss',
			ondismiss: vi.fn(),
			children
		});
		await expect.element(page.getByRole('status')).toBeInTheDocument();
		expect(document.querySelector('[role="status"]')?.textContent?.trim()).toBe('');
		await expect.element(page.getByRole('button', { name: 'Dismiss' })).not.toBeInTheDocument();
	});

	it('is dismissed by its button and by Escape inside it', async () => {
		const ondismiss = vi.fn();
		await render(DockedNotice, { open: true, dismiss_label: 'Dismiss', ondismiss, children });
		await expect.element(page.getByText('Resume reading at paragraph 23?')).toBeVisible();
		expect(document.querySelector('[role="status"]')?.textContent).toContain('paragraph 23');
		await page.getByRole('button', { name: 'Dismiss' }).click();
		expect(ondismiss).toHaveBeenCalledTimes(1);
		await userEvent.keyboard('{Escape}');
		expect(ondismiss).toHaveBeenCalledTimes(2);
	});

	it('leaves Escape pressed elsewhere alone', async () => {
		const ondismiss = vi.fn();
		await render(DockedNotice, { open: true, dismiss_label: 'Dismiss', ondismiss, children });
		document.body.focus();
		await userEvent.keyboard('{Escape}');
		expect(ondismiss).not.toHaveBeenCalled();
	});

	it('adds its height to the page’s scroll padding while open', async () => {
		const view = await render(DockedNotice, {
			open: true,
			dismiss_label: 'Dismiss',
			ondismiss: vi.fn(),
			children
		});
		const root = document.documentElement.style;
		await expect.poll(() => root.getPropertyValue('--notice-size')).toMatch(/^calc\(\d+(\.\d+)?px/);
		await view.rerender({ open: false });
		await expect.poll(() => root.getPropertyValue('--notice-size')).toBe('');
	});
});
