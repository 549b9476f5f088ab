import { describe, expect, it } from 'vitest';
import { clear_listening, read_listening, write_listening } from './listening-position';

function memory(): Storage {
	const data = new Map<string, string>();
	return {
		get length() {
			return data.size;
		},
		clear: () => data.clear(),
		getItem: (key) => data.get(key) ?? null,
		key: (index) => [...data.keys()][index] ?? null,
		removeItem: (key) => void data.delete(key),
		setItem: (key, value) => void data.set(key, String(value))
	};
}

describe('the listening position', () => {
	it('round-trips and clears', () => {
		const store = memory();
		const position = { lang: 'ar', paragraph: 37, heading: false, utterance: 2 } as const;
		write_listening(position, store);
		expect(read_listening(store)).toEqual(position);
		clear_listening(store);
		expect(read_listening(store)).toBeUndefined();
	});

	it('ignores what is not a valid position', () => {
		const store = memory();
		for (const raw of [
			'{',
			'null',
			'[]',
			'{"version":2,"lang":"en","paragraph":3,"utterance":0}',
			'{"version":1,"lang":"de","paragraph":3,"utterance":0}',
			'{"version":1,"lang":"en","paragraph":72,"utterance":0}',
			'{"version":1,"lang":"en","paragraph":3,"utterance":-1}',
			'{"version":1,"lang":"en","paragraph":"3","utterance":0}'
		]) {
			store.setItem('igf-reader:listening', raw);
			expect(read_listening(store), raw).toBeUndefined();
		}
	});

	it('survives blocked storage', () => {
		const blocked = {
			getItem() {
				throw new DOMException('blocked', 'SecurityError');
			},
			setItem() {
				throw new DOMException('full', 'QuotaExceededError');
			},
			removeItem() {
				throw new DOMException('blocked', 'SecurityError');
			}
		} as unknown as Storage;
		expect(read_listening(blocked)).toBeUndefined();
		expect(() =>
			write_listening({ lang: 'en', paragraph: 1, heading: false, utterance: 0 }, blocked)
		).not.toThrow();
		expect(() => clear_listening(blocked)).not.toThrow();
	});
});
