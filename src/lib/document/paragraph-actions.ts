import { copy_paragraph_link } from './share';

export interface ActionLabels {
	copied: string;
	failed: string;
}

/**
 * Brings the row under each paragraph to life: "English original" (on translations) becomes a
 * button that shows it in place, and the buttons in the row's disclosure ("Listen from here",
 * "Copy link"), written disabled by the server, are enabled. Each is a plain Tab stop. One
 * delegated listener serves all 71 rows. "Listen from here" sends a `listen-from` event with
 * the paragraph number; the player answers it (even where the browser cannot speak: it says
 * why).
 */
export function enhance_paragraph_actions(root: HTMLElement, labels: ActionLabels): () => void {
	for (const link of root.querySelectorAll<HTMLAnchorElement>('.para-actions a.original-link')) {
		original_toggle(link);
	}
	for (const button of root.querySelectorAll<HTMLButtonElement>('.para-actions button')) {
		button.disabled = false;
	}

	const on_click = (event: MouseEvent) => {
		const target = event.target as Element;
		// A row follows its paragraph (an original shown in place comes after the row).
		const n = target.closest('.para-actions')?.previousElementSibling?.id.slice('p'.length);
		const original = target.closest<HTMLButtonElement>('button.original-toggle');
		// Its code comes with the first press (it fetches the English page then anyway).
		if (original) void import('./originals').then((module) => module.toggle_original(original));
		if (target.closest('button.listen-from')) {
			document.dispatchEvent(new CustomEvent('listen-from', { detail: Number(n) }));
		}
		const copy = target.closest<HTMLButtonElement>('button.copy-link');
		if (copy && n) void copy_paragraph_link(copy, n, labels, status);
		// A tap on a marked term opens its explanation under the paragraph (from the keyboard,
		// that disclosure is reached directly: the term itself is text, not a control).
		const term = target.closest<HTMLElement>('[data-paragraph-number] .term');
		if (term) {
			const more = term
				.closest('[data-paragraph-number]')
				?.nextElementSibling?.querySelector<HTMLDetailsElement>('details');
			if (!more) return;
			more.open = true;
			more
				.querySelector(`dt[data-term="${term.dataset.term}"]`)
				?.scrollIntoView({ block: 'nearest' });
		}
	};
	// One polite status for the whole page says whether a link was copied.
	const status = document.createElement('p');
	status.className = 'visually-hidden';
	status.setAttribute('role', 'status');
	root.after(status);
	root.addEventListener('click', on_click);
	return () => {
		root.removeEventListener('click', on_click);
		status.remove();
	};
}

/** Turns a translated paragraph's link to its English original into a button that shows it. */
export function original_toggle(link: HTMLAnchorElement): HTMLButtonElement {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'original-toggle';
	button.dataset.paragraph = link.hash.slice('#p'.length);
	button.setAttribute('aria-expanded', 'false');
	const name = link.getAttribute('aria-label');
	if (name) button.setAttribute('aria-label', name);
	button.append(...link.childNodes);
	const focused = document.activeElement === link;
	link.replaceWith(button);
	// A keyboard user who reached the link before the page was ready keeps their place.
	if (focused) button.focus();
	return button;
}
