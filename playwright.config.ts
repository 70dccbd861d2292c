import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, requireChromium } from './scripts/browser.mjs';

const browser = await requireChromium();
// IFG_PORT lets several checkouts run their e2e suites side by side without sharing a server.
const port = Number(process.env.IFG_PORT ?? 4321);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	// Two cores here: one worker per core.
	workers: 2,
	retries: 0,
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
	timeout: 120_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		// The service worker (offline support) would precache in the background of every test; only
		// tests/e2e/offline.spec.ts, which tests it, lets it run.
		serviceWorkers: 'block',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: { executablePath: browser.path, args: chromiumArgs },
			},
		},
	],
	// Tests run against the production build (`npm run build` first); `astro preview` serves dist/.
	webServer: {
		command: `npx astro preview --host 127.0.0.1 --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
