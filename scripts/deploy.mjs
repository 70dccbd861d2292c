// `npm run deploy:build`: the build to publish. It refuses to run without SITE_URL, because the
// sitemap, canonical links, OpenSearch description and JSON API all carry absolute URLs, and without
// it they would silently say http://localhost:4321. (`npm start` and the tests don't need it.)
import { checkSiteUrl } from './site-url.mjs';

const result = checkSiteUrl(process.env.SITE_URL);
if (!result.ok) {
	console.error(`deploy:build: ${result.message}`);
	console.error(
		'Set it to the address the site will be served from, e.g. SITE_URL=https://guide.example.org npm run deploy:build',
	);
	process.exit(1);
}
process.env.SITE_URL = result.url;
console.log(`deploy:build: building for ${result.url}`);
// scripts/build.mjs runs Astro's build (astro.config.mjs reads SITE_URL) and exits.
await import('./build.mjs');
