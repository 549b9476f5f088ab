import { is_lang, type Lang } from '#lib/i18n/languages.js';
import { paragraph_at_top } from './reading-position.svelte';
import { is_record, local_storage, read_json, write_json } from './storage';

const KEY = 'igf-reader:position';
const VERSION = 1;
/** The summary's paragraphs are numbered 1 to 71 in every language. */
const LAST_PARAGRAPH = 71;

/** Where the reader was: `{ "version": 1, "lang": "en", "paragraph": 37 }`. */
export interface SavedPosition {
	lang: Lang;
	paragraph: number;
}

/** The saved position, or undefined when there is none, storage is blocked or it is not valid. */
export function read_position(store: Storage | null = local_storage()): SavedPosition | undefined {
	const data = read_json(KEY, store);
	if (!is_record(data)) return undefined;
	const { version, lang, paragraph } = data;
	if (version !== VERSION || !is_lang(lang)) return undefined;
	if (!Number.isInteger(paragraph) || (paragraph as number) < 1) return undefined;
	if ((paragraph as number) > LAST_PARAGRAPH) return undefined;
	return { lang, paragraph: paragraph as number };
}

export function write_position(
	position: SavedPosition,
	store: Storage | null = local_storage()
): void {
	// Blocked or full: the offer to continue is a convenience, reading goes on.
	write_json(KEY, { version: VERSION, ...position }, store);
}

/**
 * Saves the paragraph being read, `delay` ms after it last changed and at once when the page is
 * hidden. Where the page opened (its top, or a linked paragraph), measured with the first frame
 * after `start`, is not where the reader read, so it is not saved: returning to the top of a
 * page never overwrites the paragraph it could offer to continue at. On a slow phone the reader
 * may scroll before the script starts: a page that is neither at its top nor at its linked
 * paragraph then was read, and that paragraph is saved.
 */
export function position_saver(lang: Lang, store?: Storage | null, delay = 1000) {
	let initial: number | undefined;
	let started = false;
	let pending: number | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const flush = () => {
		clearTimeout(timer);
		timer = undefined;
		if (pending === undefined) return;
		write_position({ lang, paragraph: pending }, store === undefined ? local_storage() : store);
		pending = undefined;
	};
	const on_hidden = () => {
		if (document.visibilityState === 'hidden') flush();
	};

	const save_later = (paragraph: number) => {
		pending = paragraph;
		clearTimeout(timer);
		timer = setTimeout(flush, delay);
	};

	return {
		/**
		 * From the next frame on, changes from the paragraph at the top then are reading.
		 * `opened_as_linked` tells whether the page is still where it opened (its top or `#pN`).
		 */
		start(
			measure: () => number | undefined = () => paragraph_at_top(),
			opened_as_linked: () => boolean = () => scrollY === 0 || /^#p\d+$/.test(location.hash)
		): void {
			// With the reading position's own first measure (also a frame), so no extra layout.
			requestAnimationFrame(() => {
				const now = measure();
				started = true;
				if (opened_as_linked()) initial = now;
				else if (now !== undefined) save_later(now);
			});
			addEventListener('pagehide', flush);
			document.addEventListener('visibilitychange', on_hidden);
		},
		update(paragraph: number | undefined): void {
			if (!started || paragraph === undefined || paragraph === initial) return;
			initial = undefined;
			save_later(paragraph);
		},
		/** Saves what is pending now, and stops. */
		stop(): void {
			flush();
			removeEventListener('pagehide', flush);
			document.removeEventListener('visibilitychange', on_hidden);
		}
	};
}
