import type { Section } from '#lib/document/types.js';
import type { Glossary, TermRun } from './types';

/** Letters and digits of scripts that separate words with spaces: a form must not run into them. */
const WORD_CHAR = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Nd}]/u;

/**
 * Whether `form` found at `start` in `text` stands on its own: for Latin and Cyrillic, not part
 * of a longer word ("UN" in "UNDESA", "IGF" in "IGF2011"). Chinese has no spaces, and Arabic
 * attaches prefixes and suffixes to words, so edges in those scripts are not checked.
 */
export function stands_alone(text: string, start: number, end: number): boolean {
	const edge_ok = (inside: string, outside: string | undefined) =>
		!outside || !WORD_CHAR.test(inside) || !WORD_CHAR.test(outside);
	return edge_ok(text[start], text[start - 1]) && edge_ok(text[end - 1], text[end]);
}

/**
 * Whether a marked occurrence is written as an abbreviation ("IGF", "IPv6", "3G", "Rio+20",
 * "ООН"): one word with at least two capitals or digits. A full name ("Internet Governance
 * Forum", "联合国", "الرسائل القصيرة") is a term defined, not an abbreviation.
 */
export function is_abbreviation(written: string): boolean {
	return !/\s/u.test(written) && (written.match(/[\p{Lu}\p{Nd}]/gu)?.length ?? 0) >= 2;
}

interface Match {
	start: number;
	end: number;
	term: string;
}

/** The occurrences of every term's forms, earliest first, longest first. */
function matches(text: string, glossary: Glossary): Match[] {
	const found: Match[] = [];
	for (const [term, entry] of Object.entries(glossary.entries)) {
		for (const form of entry.forms) {
			if (!form) continue;
			for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
				if (stands_alone(text, at, at + form.length)) {
					found.push({ start: at, end: at + form.length, term });
				}
			}
		}
	}
	return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Each paragraph's text as runs in which the first occurrence of every glossary term in each
 * section is marked. Joined back, the runs are the paragraph unchanged. Where two terms overlap
 * (UNDESA's name holds the UN's), the one that starts first, then the longer, takes the words,
 * even when it is not marked there: "Internet governance" is never marked inside the name
 * "Internet Governance Forum".
 */
export function mark_terms(
	sections: readonly Section[],
	paragraphs: Record<string, string>,
	glossary: Glossary
): Map<number, TermRun[]> {
	const runs = new Map<number, TermRun[]>();
	for (const section of sections) {
		const marked = new Set<string>();
		for (const n of section.paragraphs) {
			const text = paragraphs[n];
			const out: TermRun[] = [];
			let last = 0;
			let taken = 0;
			for (const match of matches(text, glossary)) {
				if (match.start < taken) continue;
				taken = match.end;
				if (marked.has(match.term)) continue;
				if (match.start > last) out.push({ text: text.slice(last, match.start) });
				out.push({ text: text.slice(match.start, match.end), term: match.term });
				marked.add(match.term);
				last = match.end;
			}
			if (last < text.length) out.push({ text: text.slice(last) });
			runs.set(n, out);
		}
	}
	return runs;
}
