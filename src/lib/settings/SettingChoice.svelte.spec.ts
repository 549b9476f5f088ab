import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import SettingChoice from './SettingChoice.svelte';

const options = [
	{ value: 'light', label: 'Light' },
	{ value: 'dark', label: 'Dark', description: 'Light text on a dark background.' },
	{ value: 'system', label: 'As the device' }
] as const;
type Theme = (typeof options)[number]['value'];

const props = (onchange = vi.fn()) => ({
	name: 'theme',
	legend: 'Theme',
	options,
	value: 'light' as Theme,
	note: 'Applies to every page.',
	onchange
});

describe('SettingChoice', () => {
	it('is a named group of radio buttons with the current value checked', async () => {
		await render(SettingChoice, props());
		const group = page.getByRole('group', { name: 'Theme' });
		await expect.element(group).toHaveAccessibleDescription('Applies to every page.');
		await expect.element(page.getByRole('radio', { name: 'Light' })).toBeChecked();
		await expect.element(page.getByRole('radio', { name: 'Dark' })).not.toBeChecked();
	});

	it('describes an option by its own description', async () => {
		await render(SettingChoice, props());
		await expect
			.element(page.getByRole('radio', { name: 'Dark' }))
			.toHaveAccessibleDescription('Light text on a dark background.');
	});

	it('reports a choice made with a click on the label or with the arrow keys', async () => {
		const onchange = vi.fn();
		await render(SettingChoice, props(onchange));
		await page.getByText('As the device').click();
		expect(onchange).toHaveBeenLastCalledWith('system');
		await userEvent.keyboard('{ArrowUp}');
		expect(onchange).toHaveBeenLastCalledWith('dark');
	});
});
