import { original_toggle, toggle_original } from './originals';
import { copy_paragraph_link } from './share';

export interface ActionLabels {
	copied: string;
	failed: string;
}

/**
 * Turns the row under each paragraph into its actions: "English original" (on translations),
 * "Listen from here" (where the browser can speak) and "Copy link", as one toolbar with a single
 * tab stop (arrow keys move inside it). The server writes the buttons disabled (the row keeps
 * its size); this enables them. One delegated listener serves all 71 rows. "Listen from here"
 * sends a `listen-from` event with the paragraph number; the player answers it.
 */
export function enhance_paragraph_actions(root: HTMLElement, labels: ActionLabels): () => void {
	const can_speak = 'speechSynthesis' in window;
	for (const row of root.querySelectorAll<HTMLElement>('.para-actions')) {
		const n = row.dataset.paragraph ?? '';
		const link = row.querySelector<HTMLAnchorElement>('a.original-link');
		if (link) original_toggle(link);
		if (!can_speak) row.querySelector('.listen-from')?.remove();
		const buttons = row.querySelectorAll('button');
		if (buttons.length === 0) continue;
		row.setAttribute('role', 'toolbar');
		row.setAttribute(
			'aria-label',
			root.querySelector(`#p${n} .pnum`)?.getAttribute('aria-label') ?? n
		);
		buttons.forEach((button, i) => {
			button.disabled = false;
			button.tabIndex = i === 0 ? 0 : -1;
		});
	}

	const on_click = (event: MouseEvent) => {
		const target = event.target as Element;
		const original = target.closest<HTMLButtonElement>('button.original-toggle');
		if (original) void toggle_original(original);
		const listen = target.closest<HTMLButtonElement>('button.listen-from');
		if (listen) {
			const detail = Number(listen.dataset.paragraph);
			document.dispatchEvent(new CustomEvent('listen-from', { detail }));
		}
		const copy = target.closest<HTMLButtonElement>('button.copy-link');
		if (copy) void copy_paragraph_link(copy, labels, status);
		// A tap on a marked term opens its explanation under the paragraph (from the keyboard,
		// that disclosure is reached directly: the term itself is text, not a control).
		const term = target.closest<HTMLElement>('[data-paragraph-number] .term');
		if (term) {
			const n = term.closest<HTMLElement>('[data-paragraph-number]')?.dataset.paragraphNumber;
			const terms = root.querySelector<HTMLDetailsElement>(`details.terms[data-paragraph="${n}"]`);
			if (!terms) return;
			terms.open = true;
			terms
				.querySelector(`dt[data-term="${term.dataset.term}"]`)
				?.scrollIntoView({ block: 'nearest' });
		}
	};
	// Inside a toolbar the arrow keys move between its buttons (WAI-ARIA toolbar pattern).
	const on_key = (event: KeyboardEvent) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('.para-actions button');
		if (!button || event.altKey || event.ctrlKey || event.metaKey) return;
		const buttons = [...(button.parentElement?.querySelectorAll('button') ?? [])];
		const rtl = getComputedStyle(button).direction === 'rtl';
		const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
		const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
		const i = buttons.indexOf(button);
		const to = {
			[forward]: (i + 1) % buttons.length,
			[backward]: (i - 1 + buttons.length) % buttons.length,
			Home: 0,
			End: buttons.length - 1
		}[event.key];
		if (to === undefined || buttons.length < 2) return;
		event.preventDefault();
		buttons.forEach((candidate, j) => (candidate.tabIndex = j === to ? 0 : -1));
		buttons[to].focus();
	};
	// One polite status for the whole page says whether a link was copied.
	const status = document.createElement('p');
	status.className = 'visually-hidden';
	status.setAttribute('role', 'status');
	root.after(status);
	root.addEventListener('click', on_click);
	root.addEventListener('keydown', on_key);
	return () => {
		root.removeEventListener('click', on_click);
		root.removeEventListener('keydown', on_key);
		status.remove();
	};
}
