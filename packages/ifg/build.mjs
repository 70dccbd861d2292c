// Builds the `ifg` command from the site's pure modules (src/cli/ and src/lib/, no browser code) into
// one file for Node 20, with the error data and the en/zh-CN catalogs read at build time by
// src/cli/resources.ts and bundled as JSON: the package has no runtime dependencies.
// SITE_URL (as for scripts/deploy.mjs) sets the site the output's URLs point to.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { checkSiteUrl } from '../../scripts/site-url.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const dist = join(here, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const common = {
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	logLevel: 'warning',
};

// 1. The data, read by the same loaders and schema as the site (run here, under the repository's Node).
const loader = join(dist, 'resources-build.mjs');
await build({
	...common,
	entryPoints: [join(root, 'src/cli/resources.ts')],
	outfile: loader,
	packages: 'external',
});
const { loadResources, DEFAULT_SITE } = await import(pathToFileURL(loader).href);
rmSync(loader);
const site = checkSiteUrl(process.env.SITE_URL);
const resources = await loadResources(root, site.ok ? site.url : DEFAULT_SITE);

// 2. The tool, with the data as a virtual module.
await build({
	...common,
	entryPoints: [join(root, 'src/cli/bin.ts')],
	outfile: join(dist, 'ifg.js'),
	legalComments: 'none',
	plugins: [
		{
			name: 'ifg-resources',
			setup(b) {
				b.onResolve({ filter: /^virtual:ifg-resources$/ }, (a) => ({
					path: a.path,
					namespace: 'ifg',
				}));
				b.onLoad({ filter: /.*/, namespace: 'ifg' }, () => ({
					contents: JSON.stringify(resources),
					loader: 'json',
				}));
			},
		},
	],
});

// 3. The published schema the code documents refer to (schema/ifg.v1.schema.json points at it).
mkdirSync(join(here, 'schema'), { recursive: true });
copyFileSync(join(root, 'schemas/error-code.v1.json'), join(here, 'schema/error-code.v1.json'));
process.stdout.write(
	`ifg: built dist/ifg.js (${resources.entries.length} codes, site ${resources.site})\n`,
);
