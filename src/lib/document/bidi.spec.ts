import { describe, expect, it } from 'vitest';
import { latin_runs } from './bidi';

describe('latin_runs', () => {
	it('isolates Latin acronyms and keeps the text unchanged', () => {
		const text =
			'الإصدار السادس من بروتوكول الإنترنت (IPv6) و(Wi-Fi)، والجيل الرابع (4G) عام 2011.';
		const runs = latin_runs(text);
		expect(runs.map((run) => run.text).join('')).toBe(text);
		expect(runs.filter((run) => run.latin).map((run) => run.text)).toEqual(['IPv6', 'Wi-Fi', '4G']);
	});

	it('leaves text without Latin letters as one run, numbers included', () => {
		expect(latin_runs('في عام 2011')).toEqual([{ text: 'في عام 2011', latin: false }]);
		expect(latin_runs('')).toEqual([]);
	});
});
