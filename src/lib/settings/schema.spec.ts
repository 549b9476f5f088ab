import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	DEFAULTS,
	font_chosen,
	font_shown,
	fonts_for,
	migrate,
	parse_settings,
	serialize_settings,
	SETTING_NAMES,
	SETTINGS_KEY,
	type Settings
} from './schema';
import { apply_settings, read_settings, write_settings } from './store';

const CHOSEN: Settings = {
	theme: 'sepia',
	font: 'serif',
	size: 150,
	leading: 130,
	letters: 2,
	words: 1,
	paragraphs: 200,
	measure: 'narrow',
	focus: 3
};

/** An in-memory Storage; `blocked` makes every access throw, as a locked-down browser does. */
class MemoryStorage implements Storage {
	#items = new Map<string, string>();
	constructor(private blocked = false) {}
	#check() {
		if (this.blocked) throw new DOMException('blocked', 'SecurityError');
	}
	get length(): number {
		return this.#items.size;
	}
	clear(): void {
		this.#items.clear();
	}
	getItem(key: string): string | null {
		this.#check();
		return this.#items.get(key) ?? null;
	}
	key(index: number): string | null {
		return [...this.#items.keys()][index] ?? null;
	}
	removeItem(key: string): void {
		this.#check();
		this.#items.delete(key);
	}
	setItem(key: string, value: string): void {
		this.#check();
		this.#items.set(key, String(value));
	}
}

/** Just enough of an element for the attributes the settings set. */
function fake_root() {
	const attributes = new Map<string, string>();
	return {
		attributes,
		setAttribute: (name: string, value: unknown) => attributes.set(name, String(value)),
		removeAttribute: (name: string) => attributes.delete(name)
	};
}

describe('reading settings: the stored shape', () => {
	it('gives the defaults for nothing, garbage or the wrong kind of JSON', () => {
		for (const text of [null, undefined, '', '{', 'null', '42', '"dark"', '[]', 'true']) {
			expect(parse_settings(text), String(text)).toEqual(DEFAULTS);
		}
	});

	it('reads back what it wrote, with its version', () => {
		const text = serialize_settings(CHOSEN);
		expect(JSON.parse(text)).toEqual({ version: 1, ...CHOSEN });
		expect(parse_settings(text)).toEqual(CHOSEN);
	});

	it('keeps each valid field and resets each invalid one on its own', () => {
		const settings = migrate({
			version: 1,
			theme: 'dark',
			font: 'comic-sans',
			size: 400,
			leading: '130',
			letters: 3,
			words: -1,
			paragraphs: null,
			measure: 'wide',
			colour: 'red'
		});
		expect(settings).toEqual({ ...DEFAULTS, theme: 'dark', letters: 3, measure: 'wide' });
		expect(Object.keys(settings).sort()).toEqual([...SETTING_NAMES].sort());
	});

	it('offers line focus off or as a band of 1, 3 or 5 lines, and nothing else', () => {
		expect(DEFAULTS.focus).toBe(0);
		for (const focus of [1, 3, 5]) {
			expect(migrate({ version: 1, focus }).focus).toBe(focus);
			expect(parse_settings(serialize_settings({ ...DEFAULTS, focus } as Settings)).focus).toBe(
				focus
			);
		}
		for (const focus of [2, 4, 7, -1, 3.5, '3', 'on', true, null, [3], { lines: 3 }]) {
			expect(migrate({ version: 1, focus, theme: 'dark' }), String(focus)).toEqual({
				...DEFAULTS,
				theme: 'dark'
			});
		}
	});

	it('reads settings saved before line focus existed with it off, and keeps the rest', () => {
		const before: Partial<Settings> = { ...CHOSEN };
		delete before.focus;
		expect(migrate({ version: 1, ...before })).toEqual({ ...CHOSEN, focus: 0 });
		expect(parse_settings(JSON.stringify({ version: 1, ...before }))).toEqual({
			...CHOSEN,
			focus: 0
		});
		expect(migrate(before)).toEqual({ ...CHOSEN, focus: 0 });
	});

	it('migrates an object without a version as version 1’s fields', () => {
		expect(migrate({ theme: 'contrast', size: 200 })).toEqual({
			...DEFAULTS,
			theme: 'contrast',
			size: 200
		});
	});

	it('ignores a newer or nonsensical version rather than guess at it', () => {
		expect(migrate({ ...CHOSEN, version: 2 })).toEqual(DEFAULTS);
		expect(migrate({ ...CHOSEN, version: -1 })).toEqual(DEFAULTS);
		expect(migrate({ ...CHOSEN, version: 1.5 })).toEqual(DEFAULTS);
		expect(migrate({ ...CHOSEN, version: '1' })).toEqual(DEFAULTS);
	});

	it('offers each script its own fonts, and stores the usual one as `system`', () => {
		expect(fonts_for('en')).toEqual(['sans', 'serif', 'legible']);
		expect(fonts_for('ru')).toEqual(['sans', 'serif']);
		expect(fonts_for('zh')).toEqual(['sans', 'serif']);
		expect(fonts_for('ar')).toEqual(['serif', 'sans']);
		expect(font_shown('system', 'en')).toBe('sans');
		expect(font_shown('system', 'ar')).toBe('serif');
		// The legibility font covers Latin only: a Russian page shows its usual face.
		expect(font_shown('legible', 'ru')).toBe('sans');
		expect(font_chosen('sans', 'en')).toBe('system');
		expect(font_chosen('serif', 'ar')).toBe('system');
		expect(font_chosen('sans', 'ar')).toBe('sans');
		expect(font_chosen('legible', 'fr')).toBe('legible');
	});
});

describe('reading settings: storage', () => {
	it('saves choices, and the defaults as nothing at all', () => {
		const store = new MemoryStorage();
		expect(write_settings(CHOSEN, store)).toBe(true);
		expect(read_settings(store)).toEqual(CHOSEN);
		expect(write_settings({ ...DEFAULTS }, store)).toBe(true);
		expect(store.getItem(SETTINGS_KEY)).toBeNull();
	});

	it('survives blocked storage: the defaults, and false from a write', () => {
		const store = new MemoryStorage(true);
		expect(read_settings(store)).toEqual(DEFAULTS);
		expect(read_settings(null)).toEqual(DEFAULTS);
		expect(write_settings(CHOSEN, store)).toBe(false);
	});

	it('sets one data attribute per setting that is not a default', () => {
		const root = fake_root();
		apply_settings(CHOSEN, root as unknown as HTMLElement);
		expect(Object.fromEntries(root.attributes)).toEqual({
			'data-theme': 'sepia',
			'data-font': 'serif',
			'data-size': '150',
			'data-leading': '130',
			'data-letters': '2',
			'data-words': '1',
			'data-paragraphs': '200',
			'data-measure': 'narrow',
			'data-focus': '3'
		});
		apply_settings(
			{ ...CHOSEN, theme: 'system', size: 100, focus: 0 },
			root as unknown as HTMLElement
		);
		expect(root.attributes.has('data-theme')).toBe(false);
		expect(root.attributes.has('data-size')).toBe(false);
		// Line focus off is no attribute: the page never loads the code that draws the band.
		expect(root.attributes.has('data-focus')).toBe(false);
	});
});

describe('the early script in the head', () => {
	const source = readFileSync('src/lib/settings/apply-early.js', 'utf8');

	/** Runs the script as the browser would, against a fake storage and `<html>`. */
	function run(storage: { getItem(key: string): string | null }) {
		const root = fake_root();
		new Function('localStorage', 'document', source)(storage, { documentElement: root });
		return Object.fromEntries(root.attributes);
	}

	it('reads the same key and the same settings as the app', () => {
		expect(source).toContain(`'${SETTINGS_KEY}'`);
		const store = new MemoryStorage();
		write_settings(CHOSEN, store);
		const attributes = run(store);
		expect(Object.keys(attributes).sort()).toEqual(SETTING_NAMES.map((n) => `data-${n}`).sort());
		// What the early script sets is what the app sets.
		const root = fake_root();
		apply_settings(CHOSEN, root as unknown as HTMLElement);
		expect(attributes).toEqual(Object.fromEntries(root.attributes));
	});

	it('does nothing, and never throws, with nothing, garbage, another version or no storage', () => {
		const blocked = new MemoryStorage(true);
		expect(run(blocked)).toEqual({});
		for (const text of ['{', 'null', '"x"', JSON.stringify({ ...CHOSEN, version: 2 })]) {
			const store = new MemoryStorage();
			store.setItem(SETTINGS_KEY, text);
			expect(run(store), text).toEqual({});
		}
	});

	it('copies only plain words and numbers, and only the known settings', () => {
		const store = new MemoryStorage();
		store.setItem(
			SETTINGS_KEY,
			JSON.stringify({ version: 1, theme: '"><script>', size: 150, onload: 'x', font: null })
		);
		// An unknown value (`null` here) changes nothing: app.css knows only the real ones.
		expect(run(store)).toEqual({ 'data-size': '150', 'data-font': 'null' });
	});
});
