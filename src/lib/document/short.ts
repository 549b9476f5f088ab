/** Left-to-right isolate and its end (U+2066, U+2069). */
const LRI = '\u2066';
const PDI = '\u2069';

/**
 * Cited paragraph numbers as written: a run of consecutive numbers as a range ("45–46"), the
 * rest listed with the language's own comma ("13, 15"). In right-to-left text each range is
 * isolated, so that it reads "45–46" and not "46–45", while the list runs right to left.
 */
export function cite_numbers(cites: readonly number[], comma: string, rtl = false): string {
	const runs: [number, number][] = [];
	for (const n of cites) {
		const last = runs.at(-1);
		if (last && n === last[1] + 1) last[1] = n;
		else runs.push([n, n]);
	}
	return runs
		.map(([first, end]) => (first === end ? `${first}` : `${first}–${end}`))
		.map((run) => (rtl && run.includes('–') ? `${LRI}${run}${PDI}` : run))
		.join(comma);
}
