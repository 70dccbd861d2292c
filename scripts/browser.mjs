// One place that decides which Chromium the build (Mermaid rendering), the tests and the bench use.
// Order: IFG_CHROMIUM env override, a system Chromium/Chrome on PATH, a Playwright-managed build.
// Of the system ones, Chromium's headless shell comes first: the same engine without the browser's own
// interface, which the full browser loads even headless (its address bar's pop-up, a WebUI page, took more
// processor time than the page under test: 2.2 s against 1.4 s loading a guide). The axe sweep took 339
// worker-seconds with it instead of 419. Playwright runs its headless tests in the same shell.
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Flags this machine needs: root (no sandbox), no GPU, and no background calls to hosts we cannot reach. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

const systemNames = [
	'chromium-headless-shell',
	'chromium',
	'chromium-browser',
	'google-chrome',
	'google-chrome-stable',
	'chrome',
];

/** @param {string} path */
function isExecutable(path) {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** @param {string} name */
function onPath(name) {
	for (const dir of (process.env.PATH ?? '').split(delimiter)) {
		if (dir && isExecutable(join(dir, name))) return join(dir, name);
	}
	return undefined;
}

async function playwrightManaged() {
	try {
		const { chromium } = await import('playwright');
		const path = chromium.executablePath();
		return path && existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

/**
 * @returns {Promise<{ path: string, source: 'env' | 'path' | 'playwright' } | undefined>}
 */
export async function findChromium() {
	const override = process.env.IFG_CHROMIUM;
	if (override) {
		if (!isExecutable(override)) {
			throw new Error(`IFG_CHROMIUM=${override} is not an executable file.`);
		}
		return { path: override, source: 'env' };
	}
	for (const name of systemNames) {
		const path = onPath(name);
		if (path) return { path, source: 'path' };
	}
	const managed = await playwrightManaged();
	return managed ? { path: managed, source: 'playwright' } : undefined;
}

export const installHint =
	'No Chromium found. Install one: on Debian/Ubuntu `sudo apt-get install -y chromium-headless-shell fonts-noto-cjk`, ' +
	'elsewhere `npx playwright install chromium`, or point IFG_CHROMIUM at a Chrome/Chromium binary.';

/** For tests and the bench, which cannot run without a browser. */
export async function requireChromium() {
	const found = await findChromium();
	if (!found) throw new Error(installHint);
	return found;
}
