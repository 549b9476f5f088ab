import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { position_saver, read_position, write_position } from './saved-position';

const KEY = 'igf-reader:position';

function memory(blocked = false): Storage {
	const items = new Map<string, string>();
	const check = () => {
		if (blocked) throw new DOMException('blocked', 'SecurityError');
	};
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (key) => (check(), items.get(key) ?? null),
		key: (index) => [...items.keys()][index] ?? null,
		removeItem: (key) => (check(), void items.delete(key)),
		setItem: (key, value) => (check(), void items.set(key, String(value)))
	};
}

describe('the saved reading position', () => {
	it('reads back what it wrote, versioned', () => {
		const store = memory();
		write_position({ lang: 'fr', paragraph: 37 }, store);
		expect(JSON.parse(store.getItem(KEY)!)).toEqual({ version: 1, lang: 'fr', paragraph: 37 });
		expect(read_position(store)).toEqual({ lang: 'fr', paragraph: 37 });
	});

	it('ignores anything invalid, and blocked storage, without throwing', () => {
		const bad = [
			'{',
			'null',
			'[]',
			JSON.stringify({ version: 2, lang: 'fr', paragraph: 3 }),
			JSON.stringify({ version: 1, lang: 'de', paragraph: 3 }),
			JSON.stringify({ version: 1, lang: 'fr', paragraph: 0 }),
			JSON.stringify({ version: 1, lang: 'fr', paragraph: 72 }),
			JSON.stringify({ version: 1, lang: 'fr', paragraph: 2.5 }),
			JSON.stringify({ version: 1, lang: 'fr', paragraph: '3' })
		];
		for (const text of bad) {
			const store = memory();
			store.setItem(KEY, text);
			expect(read_position(store), text).toBeUndefined();
		}
		expect(read_position(memory(true))).toBeUndefined();
		expect(read_position(null)).toBeUndefined();
		expect(() => write_position({ lang: 'en', paragraph: 3 }, memory(true))).not.toThrow();
	});
});

describe('saving the position while reading', () => {
	let listeners: Map<string, () => void>;
	beforeEach(() => {
		vi.useFakeTimers();
		listeners = new Map();
		vi.stubGlobal('addEventListener', (type: string, listener: () => void) =>
			listeners.set(type, listener)
		);
		vi.stubGlobal('removeEventListener', (type: string) => listeners.delete(type));
		vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 16));
		vi.stubGlobal('document', {
			visibilityState: 'visible',
			addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
			removeEventListener: (type: string) => listeners.delete(type)
		});
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('never saves where the page opened, only where the reader went, a second later', () => {
		const store = memory();
		write_position({ lang: 'en', paragraph: 37 }, store);
		const saver = position_saver('fr', store);
		saver.update(1); // before start: ignored
		saver.start(
			() => 1,
			() => true
		);
		saver.update(1); // before the first frame's measure: ignored too
		vi.advanceTimersByTime(16);
		saver.update(1);
		vi.advanceTimersByTime(5000);
		expect(read_position(store)).toEqual({ lang: 'en', paragraph: 37 });
		saver.update(undefined); // back up at the title: nothing to save
		saver.update(2);
		saver.update(3);
		vi.advanceTimersByTime(500);
		expect(read_position(store)?.paragraph).toBe(37);
		vi.advanceTimersByTime(600);
		expect(read_position(store)).toEqual({ lang: 'fr', paragraph: 3 });
	});

	it('saves where the reader scrolled to before the script started', () => {
		const store = memory();
		write_position({ lang: 'en', paragraph: 37 }, store);
		const saver = position_saver('ru', store);
		saver.start(
			() => 9,
			() => false
		);
		vi.advanceTimersByTime(16);
		saver.update(9); // the same paragraph, reported by the reading position's first measure
		expect(read_position(store)?.paragraph).toBe(37);
		vi.advanceTimersByTime(1000);
		expect(read_position(store)).toEqual({ lang: 'ru', paragraph: 9 });
	});

	it('saves at once when the page is hidden or left', () => {
		const store = memory();
		const saver = position_saver('ar', store);
		saver.start(
			() => undefined,
			() => true
		);
		vi.advanceTimersByTime(16);
		saver.update(12);
		listeners.get('pagehide')!();
		expect(read_position(store)).toEqual({ lang: 'ar', paragraph: 12 });
		saver.update(13);
		saver.stop();
		expect(read_position(store)).toEqual({ lang: 'ar', paragraph: 13 });
		expect(listeners.size).toBe(0);
	});
});
