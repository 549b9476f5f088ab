import { defineConfig } from '@playwright/test';

const port = Number(process.env.PORT || 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: /.*\.e2e\.ts/,
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: [['list']],
	// The production build, served as `npm start` serves it (the tests run `npm run build` first).
	webServer: {
		command: 'node scripts/serve.js',
		port,
		reuseExistingServer: !process.env.CI,
		env: { PORT: String(port) }
	},
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: {
			// Playwright cannot download its browsers here: use the system's Chromium.
			executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	}
});
