import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { build_project, copy_project, remove_project } from '../../scripts/project-copy.js';

/** Every file under `dir`, relative to it, sorted. */
function files_of(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)))
		.sort();
}

// Two builds of the same sources, each in its own copy of the project (never over build/),
// are the same bytes: the version comes from the content, the compressed copies carry no
// time, so a deploy that changed nothing changes nothing for a reader.
describe('the build is reproducible', () => {
	const copies: string[] = [];
	// Removing two copies of the project takes a while on a busy machine.
	afterAll(() => copies.forEach((dir) => remove_project(dir)), 120_000);

	test('two builds of the same sources give byte-identical folders, .br and .gz included', () => {
		copies.push(copy_project('igf-reader-repro-a-'), copy_project('igf-reader-repro-b-'));
		const [a, b] = copies.map((dir) => build_project(dir));
		const list = files_of(a);
		expect(list.length).toBeGreaterThan(500);
		expect(list.filter((file) => file.endsWith('.br')).length).toBeGreaterThan(100);
		expect(files_of(b)).toEqual(list);
		const differ = list.filter(
			(file) => !readFileSync(join(a, file)).equals(readFileSync(join(b, file)))
		);
		expect(differ).toEqual([]);
	}, 600_000);
});
