// Two small build integrations for deployment and search (astro.config.mjs):
// - headersFile(): at build end, writes dist/_headers (Netlify, Cloudflare Pages) from public/_headers
//   plus a Content-Security-Policy header derived from the policies Astro put in the pages' <meta>.
// - searchFromUrl(): bundles src/components/search/search-from-url.ts into every page (?q= search).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** @param {string} policy @returns {[string, string][]} directive name and its value, in order */
export function parsePolicy(policy) {
	return policy
		.split(';')
		.map((d) => d.trim().split(/\s+/))
		.filter((tokens) => tokens[0])
		.map(([name = '', ...values]) => [name.toLowerCase(), values.join(' ')]);
}

/**
 * The policy a static host can send with every page. Astro hashes each page's own inline styles (and
 * scripts, if a page had its own), so such directives differ from page to page and one header cannot
 * carry them. A header policy is enforced on top of the page's <meta> policy (both must allow a load),
 * so the header keeps every directive that is the same on all pages, leaves the varying ones to the
 * meta, and also leaves out what they fall back to (style-src-elem -> style-src -> default-src): a
 * fallback in the header would block the hashed inline styles. The meta still enforces all of them.
 * The header adds frame-ancestors 'none', which a <meta> cannot carry.
 * @param {string[]} policies one per page
 * @returns {{ header: string, perPage: string[] }} perPage: directives left to each page's meta
 */
export function headerPolicy(policies) {
	const parsed = policies.map((p) => new Map(parsePolicy(p)));
	const names = [...new Set(parsed.flatMap((p) => [...p.keys()]))];
	const varying = names.filter((n) => new Set(parsed.map((p) => p.get(n) ?? null)).size > 1);
	const perPage = [...new Set(varying.flatMap(fallbackChain))].filter((n) => names.includes(n));
	const first = parsed[0] ?? new Map();
	const directives = names
		.filter((n) => !perPage.includes(n))
		.map((n) => `${n} ${first.get(n)}`.trim());
	return { header: [...directives, "frame-ancestors 'none'"].join('; '), perPage };
}

// CSP Level 3: which directives a fetch directive falls back to when a policy does not set it
// (each then falls back to default-src).
const FALLBACK = /** @type {Record<string, string[]>} */ ({
	'script-src-elem': ['script-src'],
	'script-src-attr': ['script-src'],
	'style-src-elem': ['style-src'],
	'style-src-attr': ['style-src'],
	'frame-src': ['child-src'],
	'worker-src': ['child-src', 'script-src'],
});

/** @param {string} name @returns {string[]} the directive and every directive it falls back to */
export function fallbackChain(name) {
	if (name === 'default-src' || !(name.endsWith('-src') || name in FALLBACK)) return [name];
	return [...new Set([name, ...(FALLBACK[name] ?? []).flatMap(fallbackChain), 'default-src'])];
}

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return e.name === '_astro' || e.name === 'pagefind' ? [] : htmlFiles(path);
		return e.name.endsWith('.html') ? [path] : [];
	});
}

/**
 * The rules of public/_headers for a site built under a base path: each path pattern gets the base
 * ('/_astro/*' -> '/guide/_astro/*'), since the host matches patterns against the full request path.
 * @param {string[]} lines @param {string} base without its trailing slash ('' at the root)
 */
export function rebaseRules(lines, base) {
	return lines.map((line) => (base && line.startsWith('/') ? base + line : line));
}

/** @returns {import('astro').AstroIntegration} */
export function headersFile() {
	let base = '';
	return {
		name: 'ifg-headers-file',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/+$/, '');
			},
			'astro:build:done': ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const policies = htmlFiles(dist).map((file) => {
					const policy = META.exec(readFileSync(file, 'utf8'))?.[1];
					if (!policy)
						throw new Error(
							`${file} has no Content-Security-Policy <meta>; dist/_headers cannot be derived`,
						);
					return policy.replaceAll('&#39;', "'").replaceAll('&quot;', '"');
				});
				const { header, perPage } = headerPolicy(policies);
				const target = join(dist, '_headers');
				const lines = rebaseRules(readFileSync(target, 'utf8').split('\n'), base);
				const at = lines.indexOf(`${base}/*`);
				if (at < 0)
					throw new Error(
						'public/_headers needs a "/*" rule for the Content-Security-Policy header',
					);
				lines.splice(at + 1, 0, `  Content-Security-Policy: ${header}`);
				writeFileSync(target, lines.join('\n'));
				logger.info(
					`dist/_headers: CSP from ${policies.length} pages; left to each page's <meta>: ${perPage.join(', ') || 'nothing'}`,
				);
			},
		},
	};
}

/** @returns {import('astro').AstroIntegration} */
export function searchFromUrl() {
	const module = fileURLToPath(
		new URL('../src/components/search/search-from-url.ts', import.meta.url),
	);
	return {
		name: 'ifg-search-from-url',
		hooks: {
			'astro:config:setup': ({ injectScript }) =>
				injectScript('page', `import ${JSON.stringify(module)};`),
		},
	};
}
