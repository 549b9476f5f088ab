/**
 * The reader's one way to reach `localStorage`. Storage may be blocked (the getter throws a
 * SecurityError), full, or hold anything at all: these never throw, and callers validate what
 * they read.
 */

/** The page's `localStorage`, or null where it is blocked or absent. */
export function local_storage(): Storage | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		return null;
	}
}

/** The value stored as JSON under `key`; undefined when absent, not JSON or blocked. */
export function read_json(key: string, store: Storage | null = local_storage()): unknown {
	try {
		const raw = store?.getItem(key);
		return raw ? JSON.parse(raw) : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Stores `value` as JSON under `key` (undefined removes it). False when storage is blocked or
 * full: what was to be remembered applies to this page only, and the page goes on.
 */
export function write_json(
	key: string,
	value: unknown,
	store: Storage | null = local_storage()
): boolean {
	try {
		if (!store) return false;
		if (value === undefined) store.removeItem(key);
		else store.setItem(key, JSON.stringify(value));
		return true;
	} catch {
		return false;
	}
}

/** A plain object (not null, not an array). */
export function is_record(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
