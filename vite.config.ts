import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['locales'] } },
	test: {
		expect: { requireAssertions: true },
		include: ['src/**/*.spec.ts', 'tests/**/*.spec.ts'],
		environment: 'node'
	}
});
