export interface Run {
	text: string;
	/** A Latin-script fragment (IGF, IPv6, Wi-Fi, 4G) inside right-to-left text. */
	latin: boolean;
}

const LATIN_RUN = /[0-9]*[A-Za-z][A-Za-z0-9]*(?:[-+/][A-Za-z0-9]+)*/g;

/**
 * Splits right-to-left text into runs so that Latin acronyms can be isolated (`<bdi>`) and
 * cannot reorder the punctuation around them. Joined back, the runs are the text unchanged.
 */
export function latin_runs(text: string): Run[] {
	const runs: Run[] = [];
	let last = 0;
	for (const match of text.matchAll(LATIN_RUN)) {
		if (match.index > last) runs.push({ text: text.slice(last, match.index), latin: false });
		runs.push({ text: match[0], latin: true });
		last = match.index + match[0].length;
	}
	if (last < text.length) runs.push({ text: text.slice(last), latin: false });
	return runs;
}
