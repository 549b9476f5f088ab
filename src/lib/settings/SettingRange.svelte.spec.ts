import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import SettingRange from './SettingRange.svelte';

const sizes = [100, 125, 150, 200] as const;
const props = (onchange = vi.fn()) => ({
	id: 'text-size',
	label: 'Text size',
	values: sizes,
	value: 125 as (typeof sizes)[number],
	format: (value: number) => `${value} %`,
	onchange
});

describe('SettingRange', () => {
	it('is a slider named by its label, with its value said in words', async () => {
		await render(SettingRange, props());
		const slider = page.getByRole('slider', { name: 'Text size' });
		await expect.element(slider).toHaveAttribute('aria-valuetext', '125 %');
		await expect.element(slider).toHaveValue('1');
	});

	it('moves one step with the arrow keys and reports the value of that step', async () => {
		const onchange = vi.fn();
		await render(SettingRange, props(onchange));
		await page.getByRole('slider', { name: 'Text size' }).click();
		await userEvent.keyboard('{Home}');
		expect(onchange).toHaveBeenLastCalledWith(100);
		await userEvent.keyboard('{ArrowRight}{ArrowRight}');
		expect(onchange).toHaveBeenLastCalledWith(150);
	});

	it('shows its value for the eye, hidden from screen readers that hear the slider', async () => {
		const { container } = await render(SettingRange, props());
		const output = container.querySelector('output');
		expect(output?.textContent).toBe('125 %');
		expect(output?.getAttribute('aria-hidden')).toBe('true');
	});
});
