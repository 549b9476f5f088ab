import { describe, expect, it } from 'vitest';
import { glossary_for } from '#lib/server/glossary.js';
import { pronounce, written_range } from './pronounce';

describe('pronounce', () => {
	const list = { IGF: 'I G F', IGFs: 'I G Fs', IPv6: 'I P version 6', 'Rio+20': 'Rio plus 20' };

	it('says acronyms as people do, longest form first, whole words only', () => {
		const text = 'The IGF and IGFs, IPv6 at Rio+20; not IGF2011 or BIGF.';
		expect(pronounce(text, list).text).toBe(
			'The I G F and I G Fs, I P version 6 at Rio plus 20; not IGF2011 or BIGF.'
		);
	});

	it('maps what the voice reports back to the written word', () => {
		const text = 'About IPv6 today.';
		const spoken = pronounce(text, list);
		// The voice reports "version" (inside the replacement): the whole written "IPv6" lights up.
		const at = spoken.text.indexOf('version');
		const range = written_range(spoken, at, at + 'version'.length);
		expect(text.slice(range.start, range.end)).toBe('IPv6');
		const later = spoken.text.indexOf('today');
		const after = written_range(spoken, later, later + 5);
		expect(text.slice(after.start, after.end)).toBe('today');
	});

	it('leaves text without listed forms unchanged', () => {
		expect(pronounce('Nothing to change.', list).text).toBe('Nothing to change.');
		expect(pronounce('', list)).toEqual({ text: '', from: [] });
	});

	it('uses each language’s own list from the glossary', () => {
		const english = glossary_for('en').pronounce;
		expect(pronounce('The IGF met.', english).text).not.toBe('The IGF met.');
		const chinese = glossary_for('zh').pronounce;
		expect(Object.keys(chinese).length).toBeGreaterThan(0);
	});
});
