import { is_lang, type Lang } from '$lib/i18n/languages';

const KEY = 'igf-reader:listening';
const VERSION = 1;

/**
 * Where listening was, saved as it goes, so that a reload, a crash, a screen lock that killed
 * speech or a switch of language finds the player there. Paragraph numbers align across
 * languages; the utterance only within the same language.
 */
export interface ListeningPosition {
	lang: Lang;
	paragraph: number;
	/** A section heading before the paragraph rather than the paragraph itself. */
	heading: boolean;
	utterance: number;
}

function storage(): Storage | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		// localStorage access disabled
		return null;
	}
}

/** The saved position, or undefined when there is none or it is not valid. */
export function read_listening(store: Storage | null = storage()): ListeningPosition | undefined {
	let data: unknown;
	try {
		data = JSON.parse(store?.getItem(KEY) ?? 'null');
	} catch {
		return undefined;
	}
	if (typeof data !== 'object' || data === null) return undefined;
	const { version, lang, paragraph, heading, utterance } = data as Record<string, unknown>;
	if (version !== VERSION || typeof lang !== 'string' || !is_lang(lang)) return undefined;
	if (!Number.isInteger(paragraph) || (paragraph as number) < 1 || (paragraph as number) > 71) {
		return undefined;
	}
	if (!Number.isInteger(utterance) || (utterance as number) < 0) return undefined;
	return {
		lang,
		paragraph: paragraph as number,
		heading: heading === true,
		utterance: utterance as number
	};
}

export function write_listening(
	position: ListeningPosition,
	store: Storage | null = storage()
): void {
	try {
		store?.setItem(KEY, JSON.stringify({ version: VERSION, ...position }));
	} catch {
		// localStorage access disabled or full: listening goes on, unsaved
	}
}

/** Listening ended on purpose (stop, the end, closing the player): nothing to come back to. */
export function clear_listening(store: Storage | null = storage()): void {
	try {
		store?.removeItem(KEY);
	} catch {
		// localStorage access disabled
	}
}
