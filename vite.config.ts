import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['locales'] } },
	build: {
		// One chunk for the framework and the code that several pages share, instead of a dozen
		// files of a few hundred bytes: on a slow link each file costs its headers and a request.
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [{ name: 'initial', tags: ['$initial'], minShareCount: 2 }]
				}
			}
		}
	},
	test: {
		expect: { requireAssertions: true },
		include: ['src/**/*.spec.ts', 'tests/**/*.spec.ts'],
		environment: 'node'
	}
});
