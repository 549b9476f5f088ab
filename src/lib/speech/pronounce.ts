// Relative, so that the end-to-end tests can import it too.
import { stands_alone } from '../glossary/mark';

/** What is said for a piece of text, and where each spoken character came from. */
export interface Spoken {
	text: string;
	/** For each character of `text`, the range of the source it stands for. */
	from: { start: number; end: number }[];
}

/**
 * The text as a speech engine should get it: each written form of the pronunciation list
 * (`"IGF"` → `"I G F"`, `"IPv6"` → `"I P version 6"`) replaced by how people say it, the longest
 * form first, whole words only in scripts with spaces. `from` maps a spoken range back to the
 * written text, so that the word a voice reports is highlighted where it is written.
 */
export function pronounce(text: string, list: Readonly<Record<string, string>>): Spoken {
	const forms = Object.keys(list)
		.filter(Boolean)
		.sort((a, b) => b.length - a.length);
	let spoken = '';
	const from: Spoken['from'] = [];
	let i = 0;
	while (i < text.length) {
		const form = forms.find(
			(candidate) => text.startsWith(candidate, i) && stands_alone(text, i, i + candidate.length)
		);
		if (form) {
			const said = list[form];
			spoken += said;
			for (let k = 0; k < said.length; k++) from.push({ start: i, end: i + form.length });
			i += form.length;
		} else {
			spoken += text[i];
			from.push({ start: i, end: i + 1 });
			i += 1;
		}
	}
	return { text: spoken, from };
}

/** The written range that the spoken range `[start, end)` stands for. */
export function written_range(spoken: Spoken, start: number, end: number) {
	return { start: spoken.from[start].start, end: spoken.from[end - 1].end };
}
