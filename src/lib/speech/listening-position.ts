import { is_lang, type Lang } from '#lib/i18n/languages.js';
import { is_record, local_storage, read_json, write_json } from '#lib/state/storage.js';

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

/** The saved position, or undefined when there is none or it is not valid. */
export function read_listening(
	store: Storage | null = local_storage()
): ListeningPosition | undefined {
	const data = read_json(KEY, store);
	if (!is_record(data)) return undefined;
	const { version, lang, paragraph, heading, utterance } = data;
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
	store: Storage | null = local_storage()
): void {
	// Blocked or full: listening goes on, unsaved.
	write_json(KEY, { version: VERSION, ...position }, store);
}

/** Listening ended on purpose (stop, the end, closing the player): nothing to come back to. */
export function clear_listening(store: Storage | null = local_storage()): void {
	write_json(KEY, undefined, store);
}
