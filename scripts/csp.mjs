// Starlight renders a few `is:inline` scripts (theme and tab restore before first paint, the search
// shortcut hint) that Astro's CSP does not hash. Their text is fixed in Starlight's sources, so we hash
// exactly those sources and allow nothing else inline.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The package's entry point is dist/index.js; its root is one level up.
const starlightDir = dirname(dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight'))));
const sources = [
	'dist/components/ThemeProvider.astro',
	'dist/components/ThemeSelect.astro',
	'dist/components/Search.astro',
	'dist/components/SidebarPersister.astro',
	'dist/user-components/Tabs.astro',
];

/** @returns {`sha256-${string}`[]} hashes of every inline script in Starlight's components. */
export function starlightInlineScriptHashes() {
	return sources.flatMap((file) => {
		const source = readFileSync(join(starlightDir, file), 'utf8');
		return [...source.matchAll(/<script is:inline[^>]*>([\s\S]*?)<\/script>/g)].map(
			([, body]) => /** @type {const} */ (`sha256-${createHash('sha256').update(body).digest('base64')}`),
		);
	});
}
