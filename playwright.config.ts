import { existsSync } from 'node:fs';
import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { chromiumArgs, requireChromium } from './scripts/browser.mjs';

const browser = await requireChromium();
// IFG_PORT lets several checkouts run their e2e suites side by side without sharing a server; the extra
// builds get the next ports unless IFG_PSEUDO_PORT / IFG_SUBPATH_PORT say otherwise.
const port = Number(process.env.IFG_PORT ?? 4321);
// One seed per run, fixed here so every worker samples the same pages (tests/e2e/dist.ts,
// extra-builds.ts): under CI always the same (what lands is what was checked), locally a new one.
process.env.IFG_SEED ??= String(
	process.env.CI ? 20261130 : Math.floor(Date.now() / 1000) % 1_000_000,
);

const chromium = {
	...devices['Desktop Chrome'],
	launchOptions: { executablePath: browser.path, args: chromiumArgs },
};
type WebServer = Exclude<NonNullable<PlaywrightTestConfig['webServer']>, unknown[]>;

// The extra CI builds (issue 13 §1, §4), each served from its own folder under its base by
// tests/e2e/serve-dist.ts (which also applies its _headers, as the hosts do). A build that exists is tested; a missing one is skipped with a notice locally, but under
// CI=true its project still runs and fails (tests/e2e/extra-builds.ts requireBuild): never a silent skip.
const extraBuilds = [
	{
		name: 'pseudo',
		dir: 'dist-pseudo',
		base: '/',
		// Only the pseudo-locale is built (src/i18n/locales.ts builtLocales): no page at the root.
		home: 'en-xa/',
		port: Number(process.env.IFG_PSEUDO_PORT ?? port + 1),
	},
	{
		name: 'subpath',
		dir: 'dist-subpath',
		base: '/guide/',
		home: '',
		port: Number(process.env.IFG_SUBPATH_PORT ?? port + 2),
	},
].filter((b) => {
	if (existsSync(b.dir) || process.env.CI) return true;
	console.warn(
		`playwright: ${b.dir}/ not built, tests/e2e/${b.name}.spec.ts not run (npm run build:${b.name})`,
	);
	return false;
});
const extraSpecs = /(pseudo|subpath)\.spec\.ts$/;

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
		// A trace records every step of every test and is thrown away when the test passes; CI keeps only its
		// printed output, so there the recording was pure cost (the main run took 28.0 min with it, 19.8 without).
		trace: process.env.CI ? 'off' : 'retain-on-failure',
		// The service worker (offline support) would precache in the background of every test; only
		// tests/e2e/offline.spec.ts, which tests it, lets it run.
		serviceWorkers: 'block',
	},
	projects: [
		{ name: 'chromium', testIgnore: extraSpecs, use: chromium },
		...extraBuilds.map((b) => ({
			name: b.name,
			testMatch: new RegExp(`${b.name}\\.spec\\.ts$`),
			use: { ...chromium, baseURL: `http://127.0.0.1:${b.port}${b.base}` },
		})),
	],
	// Tests run against the production builds (`npm run build` first); `astro preview` serves dist/
	// (and each extra build from its folder, under its base).
	// The main build's server is left out locally when dist/ is missing, so the extra projects can run on
	// their own (`--project=pseudo`); the chromium specs then fail with "dist/ is missing" (tests/e2e/dist.ts).
	webServer: [
		...(existsSync('dist') || process.env.CI
			? [
					{
						command: `npx astro preview --host 127.0.0.1 --port ${port}`,
						url: `http://127.0.0.1:${port}/`,
						reuseExistingServer: !process.env.CI,
						timeout: 60_000,
					},
				]
			: []),
		...extraBuilds
			.filter((b) => existsSync(b.dir))
			.map((b): WebServer => ({
				// astro preview serves one build per project at a time: a second one refuses to start.
				command: `node tests/e2e/serve-dist.ts ${b.dir} ${b.port} ${b.base}`,
				url: `http://127.0.0.1:${b.port}${b.base}${b.home}`,
				reuseExistingServer: !process.env.CI,
				timeout: 60_000,
			})),
	],
});
