import { SOURCE_LANG } from '#lib/i18n/languages.js';

let source_page: Promise<Document> | undefined;

/** The English page, fetched once (and from the HTTP or offline cache when it is there). */
function load_source_page(): Promise<Document> {
	source_page ??= fetch(`/${SOURCE_LANG}/`)
		.then((response) => {
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			return response.text();
		})
		.then((html) => new DOMParser().parseFromString(html, 'text/html'))
		.catch((error) => {
			source_page = undefined;
			throw error;
		});
	return source_page;
}

/** The English text of paragraph `n`, without its number. */
async function original_text(n: string): Promise<string> {
	const paragraph = (await load_source_page()).getElementById(`p${n}`);
	if (!paragraph) throw new Error(`No paragraph ${n} in the original`);
	const copy = paragraph.cloneNode(true) as HTMLElement;
	copy.querySelector('.pnum')?.remove();
	return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export async function toggle_original(button: HTMLButtonElement): Promise<void> {
	const n = button.dataset.paragraph ?? '';
	const id = `original-${n}`;
	const shown = document.getElementById(id);
	if (shown) {
		shown.remove();
		button.setAttribute('aria-expanded', 'false');
		button.removeAttribute('aria-controls');
		return;
	}
	let text: string;
	try {
		text = await original_text(n);
	} catch {
		// Offline or missing: the English page itself is the way to the original.
		location.assign(`/${SOURCE_LANG}/#p${n}`);
		return;
	}
	const quote = document.createElement('blockquote');
	quote.id = id;
	quote.className = 'original';
	quote.lang = SOURCE_LANG;
	quote.dir = 'ltr';
	quote.cite = `/${SOURCE_LANG}/#p${n}`;
	const paragraph = document.createElement('p');
	paragraph.textContent = text;
	quote.append(paragraph);
	button.closest('.para-actions')?.after(quote);
	button.setAttribute('aria-controls', id);
	button.setAttribute('aria-expanded', 'true');
}
