// Content-Security-Policy for inline scripts. Astro's CSP hashes the scripts it bundles and inlines,
// not `is:inline` ones. Starlight renders a few (theme and tab restore before first paint, the search
// shortcut hint, the sidebar state); their text is fixed in Starlight's sources, so
// starlightInlineScriptHashes() hashes exactly those and nothing else is allowed inline.
// cspScriptCheck() then proves it on the output: every executable inline <script> in every built page
// must have its hash in that page's policy, or the build fails. So a Starlight upgrade that moves or
// changes a script (these are not public API) fails the build, instead of a page whose script the
// browser silently blocks.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @param {string} text @returns {`sha256-${string}`} */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

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
			([, body = '']) => sha256(body),
		);
	});
}

// Built HTML is our own output (no user input): one <script> element per match, lazily to its end tag.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
/** Types a browser executes; anything else (JSON data blocks, ld+json) is inert. */
const EXECUTABLE = new Set([
	'',
	'module',
	'text/javascript',
	'application/javascript',
	'speculationrules',
]);

/**
 * The inline scripts of one page that its policy does not allow.
 * @param {string} html
 * @returns {string[]} the first 80 characters of each blocked script
 */
export function unhashedInlineScripts(html) {
	const policy = META.exec(html)?.[1]?.replaceAll('&#39;', "'") ?? '';
	const scriptSrc = /(?:^|;)\s*script-src\s([^;]*)/.exec(policy)?.[1] ?? '';
	const allowed = new Set(scriptSrc.split(/\s+/).map((s) => s.replace(/^'|'$/g, '')));
	const blocked = [];
	for (const [, attrs = '', body = ''] of html.matchAll(SCRIPT)) {
		if (/\bsrc\s*=/i.test(attrs)) continue;
		const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1]?.toLowerCase() ?? '';
		if (!EXECUTABLE.has(type)) continue;
		if (!allowed.has(sha256(body))) blocked.push(body.trim().slice(0, 80));
	}
	return blocked;
}

/** @param {string} dir @returns {string[]} every .html file below dir */
const htmlFiles = (dir) =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => join(dir, f));

/** @returns {import('astro').AstroIntegration} fails the build on an inline script its page's CSP blocks. */
export function cspScriptCheck() {
	return {
		name: 'ifg-csp-script-check',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const problems = htmlFiles(root).flatMap((file) =>
					unhashedInlineScripts(readFileSync(file, 'utf8')).map(
						(start) => `${relative(root, file)}: inline <script> not in its CSP: ${start}`,
					),
				);
				if (problems.length) throw new Error(problems.join('\n'));
				logger.info('every inline script is hashed in its page policy');
			},
		},
	};
}
