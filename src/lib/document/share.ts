export interface ShareLabels {
	copied: string;
	failed: string;
}

const shown = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/** The address of paragraph `n` in the page's language: `https://…/fr/#p23`. */
export function paragraph_link(n: string, lang = document.documentElement.lang): string {
	return `${location.origin}/${lang}/#p${n}`;
}

/**
 * "Copy link": puts the paragraph's address on the clipboard and says so, briefly beside the
 * button and once to screen readers (`status`). Where the clipboard is refused (an insecure
 * origin, a denied permission), the address goes into the address bar instead, without
 * scrolling, and the message says where to find it.
 */
export async function copy_paragraph_link(
	button: HTMLButtonElement,
	n: string,
	labels: ShareLabels,
	status: HTMLElement
): Promise<void> {
	let message = labels.copied;
	try {
		await navigator.clipboard.writeText(paragraph_link(n));
	} catch {
		history.replaceState(history.state, '', `#p${n}`);
		message = labels.failed;
	}
	button.dataset.done = message;
	clearTimeout(shown.get(button));
	shown.set(
		button,
		setTimeout(() => delete button.dataset.done, 4000)
	);
	// Emptied first, so that the same message twice is announced twice.
	status.textContent = '';
	requestAnimationFrame(() => (status.textContent = message));
}
