import { afterEach, describe, expect, it, vi } from 'vitest';
import { RATES, read_preference, write_preference } from './preferences';

const KEY = 'igf-reader:speech';

/** An in-memory Storage, enough for what preferences touch. */
class MemoryStorage implements Storage {
	#items = new Map<string, string>();

	get length(): number {
		return this.#items.size;
	}
	clear(): void {
		this.#items.clear();
	}
	getItem(key: string): string | null {
		return this.#items.get(key) ?? null;
	}
	key(index: number): string | null {
		return [...this.#items.keys()][index] ?? null;
	}
	removeItem(key: string): void {
		this.#items.delete(key);
	}
	setItem(key: string, value: string): void {
		this.#items.set(key, String(value));
	}
}

function storage_with(value: unknown): MemoryStorage {
	const storage = new MemoryStorage();
	storage.setItem(KEY, typeof value === 'string' ? value : JSON.stringify(value));
	return storage;
}

function stored(storage: Storage): unknown {
	return JSON.parse(storage.getItem(KEY) ?? 'null');
}

describe('speech preferences', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	it('default to speed 1 and no voice', () => {
		expect(read_preference('fr', new MemoryStorage())).toEqual({ rate: 1 });
		expect(read_preference('fr', null)).toEqual({ rate: 1 });
		expect(RATES).toContain(1);
	});

	it('are remembered per language under one versioned key', () => {
		const storage = new MemoryStorage();
		write_preference('fr', { voice: 'Google français', rate: 1.25 }, storage);
		write_preference('ar', { rate: 0.75 }, storage);
		write_preference('fr', { rate: 1.5 }, storage);
		expect(read_preference('fr', storage)).toEqual({ voice: 'Google français', rate: 1.5 });
		expect(read_preference('ar', storage)).toEqual({ rate: 0.75 });
		expect(read_preference('zh', storage)).toEqual({ rate: 1 });
		expect(storage.length).toBe(1);
		expect(stored(storage)).toEqual({
			version: 1,
			languages: { fr: { voice: 'Google français', rate: 1.5 }, ar: { rate: 0.75 } }
		});
	});

	it('forget the voice when told to', () => {
		const storage = storage_with({ version: 1, languages: { ru: { voice: 'Irina', rate: 2 } } });
		write_preference('ru', { voice: undefined }, storage);
		expect(read_preference('ru', storage)).toEqual({ rate: 2 });
	});

	it('ignore invalid values when writing', () => {
		const storage = storage_with({
			version: 1,
			languages: { es: { voice: 'Helena', rate: 1.25 } }
		});
		write_preference('es', { rate: 1.1 }, storage);
		write_preference('es', { rate: Number.NaN }, storage);
		write_preference('es', { voice: 42 as unknown as string }, storage);
		expect(read_preference('es', storage)).toEqual({ voice: 'Helena', rate: 1.25 });
	});

	it('fall back to defaults on corrupt, foreign or invalid data, field by field', () => {
		const cases: [unknown, object][] = [
			['{not json', { rate: 1 }],
			['null', { rate: 1 }],
			[[], { rate: 1 }],
			[{ version: 2, languages: { en: { voice: 'v', rate: 1.5 } } }, { rate: 1 }],
			[{ languages: { en: { voice: 'v', rate: 1.5 } } }, { rate: 1 }],
			[{ version: 1, languages: [] }, { rate: 1 }],
			[{ version: 1, languages: { en: 'v' } }, { rate: 1 }],
			[
				{ version: 1, languages: { en: { voice: 'v', rate: 3 } } },
				{ voice: 'v', rate: 1 }
			],
			[
				{ version: 1, languages: { en: { voice: 'v', rate: '1.5' } } },
				{ voice: 'v', rate: 1 }
			],
			[{ version: 1, languages: { en: { voice: 7, rate: 1.5 } } }, { rate: 1.5 }],
			[{ version: 1, languages: { en: { voice: '', rate: 2 } } }, { rate: 2 }]
		];
		for (const [value, expected] of cases) {
			expect(read_preference('en', storage_with(value))).toEqual(expected);
		}
	});

	it('rewrite corrupt data rather than keep it', () => {
		const storage = storage_with('{not json');
		write_preference('zh', { rate: 1.75 }, storage);
		expect(stored(storage)).toEqual({ version: 1, languages: { zh: { rate: 1.75 } } });
	});

	it('survive storage that throws', () => {
		const blocked = {
			getItem: vi.fn(() => {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}),
			setItem: vi.fn(() => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			})
		} as unknown as Storage;
		expect(read_preference('fr', blocked)).toEqual({ rate: 1 });
		expect(() => write_preference('fr', { rate: 2 }, blocked)).not.toThrow();
		expect(blocked.setItem).toHaveBeenCalled();

		const full = new MemoryStorage();
		full.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		expect(() => write_preference('fr', { rate: 2 }, full)).not.toThrow();
		expect(read_preference('fr', full)).toEqual({ rate: 1 });
	});

	it('use localStorage by default, even when its getter throws', () => {
		const storage = new MemoryStorage();
		vi.stubGlobal('localStorage', storage);
		write_preference('en', { rate: 1.25 });
		expect(read_preference('en')).toEqual({ rate: 1.25 });
		expect(read_preference('en', undefined)).toEqual({ rate: 1.25 });

		vi.stubGlobal('localStorage', undefined);
		Object.defineProperty(globalThis, 'localStorage', {
			configurable: true,
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
		expect(read_preference('en')).toEqual({ rate: 1 });
		expect(() => write_preference('en', { rate: 2 })).not.toThrow();
	});
});
