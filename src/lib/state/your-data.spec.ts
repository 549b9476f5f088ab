import { describe, expect, it } from 'vitest';
import { clear_my_data } from './your-data';

function memory(entries: Record<string, string>): Storage {
	const items = new Map(Object.entries(entries));
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (key) => items.get(key) ?? null,
		key: (index) => [...items.keys()][index] ?? null,
		removeItem: (key) => void items.delete(key),
		setItem: (key, value) => void items.set(key, String(value))
	};
}

/** Cache Storage with named caches, each holding some paths. */
function caches_with(contents: Record<string, string[]>): CacheStorage & { names(): string[] } {
	const caches = new Map(Object.entries(contents));
	return {
		names: () => [...caches.keys()],
		keys: async () => [...caches.keys()],
		open: async (name: string) =>
			({
				match: async (path: string) => (caches.get(name)?.includes(path) ? {} : undefined)
			}) as unknown as Cache,
		delete: async (name: string) => caches.delete(name),
		has: async (name: string) => caches.has(name),
		match: async () => undefined
	};
}

describe('clearing my data', () => {
	it('removes every igf-reader key and every saved-language cache, and says what there was', async () => {
		const store = memory({
			'igf-reader:settings': '{"version":1,"theme":"dark"}',
			'igf-reader:position': '{"version":1,"lang":"fr","paragraph":37}',
			'igf-reader:language': 'fr',
			'igf-reader:speech': '{}',
			'igf-reader:listening': '{}',
			'someone-else': 'kept'
		});
		const caches = caches_with({
			'workbox-precache-v2-http://x/': ['/_app/immutable/a.js'],
			'languages-100': ['/fr/', '/fr/about/', '/en/'],
			'languages-99': ['/ar/']
		});
		const cleared = await clear_my_data(store, caches);
		expect(cleared.keys.sort()).toEqual([
			'igf-reader:language',
			'igf-reader:listening',
			'igf-reader:position',
			'igf-reader:settings',
			'igf-reader:speech'
		]);
		expect(cleared.languages).toEqual(['ar', 'en', 'fr']);
		expect(store.length).toBe(1);
		expect(store.getItem('someone-else')).toBe('kept');
		// The app's own files stay: the reader still works offline.
		expect(caches.names()).toEqual(['workbox-precache-v2-http://x/']);
	});

	it('clears nothing, and does not throw, without storage or caches', async () => {
		expect(await clear_my_data(null, undefined)).toEqual({ keys: [], languages: [] });
	});
});
