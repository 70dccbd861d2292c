/// <reference lib="webworker" />
// The service worker (bundled to dist/sw.js by scripts/offline.mjs): after a first visit the site
// works without a network. Precached at install: every bundle, and the guides, tools and error
// tables in both languages (the build lists them with a hash of each file, so a new build fetches
// only what changed). Pages are fetched from the network first, so they are never stale online;
// a visited page is kept. Offline, a page comes from the cache and is marked so that it says so
// (offline-note.ts); a code page never visited falls back to its family's table, which lists it.
import {
	cleanupOutdatedCaches,
	matchPrecache,
	precacheAndRoute,
	type PrecacheEntry,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core';

declare const self: ServiceWorkerGlobalScope;
declare const __PRECACHE__: PrecacheEntry[];
/** The site's base path without its trailing slash ('' at the root, '/guide' under a sub-path). */
declare const __BASE__: string;

async function markFromCache(response: Response): Promise<Response> {
	const headers = new Headers(response.headers);
	headers.delete('content-length');
	const html = (await response.text()).replace('<html ', '<html data-ifg-from-cache ');
	return new Response(html, { status: response.status, headers });
}

// Linear: fixed segments with one character class each (the locale segment has a fixed shape, zh-cn).
const CODE_PAGE = /^(\/[a-z]{2}-[a-z]{2})?\/errors\/([a-z0-9-]+)\/[^/]+\/$/;

const servedFromCache: WorkboxPlugin = {
	// NetworkFirst uses its cache only when the network failed or timed out.
	cachedResponseWillBeUsed: async ({ cachedResponse }) =>
		cachedResponse && markFromCache(cachedResponse),
	// Never visited: the precached page, or for a code page its family's table.
	handlerDidError: async ({ request }) => {
		const { pathname } = new URL(request.url);
		const sitePath = pathname.startsWith(`${__BASE__}/`)
			? pathname.slice(__BASE__.length)
			: pathname;
		const family = CODE_PAGE.exec(sitePath);
		const page =
			(await matchPrecache(pathname)) ??
			(family
				? await matchPrecache(`${__BASE__}${family[1] ?? ''}/errors/${family[2]}/`)
				: undefined);
		return page && markFromCache(page);
	},
};

// Registered first, so that navigations to precached pages still try the network first.
registerRoute(
	({ request }) => request.mode === 'navigate',
	new NetworkFirst({
		cacheName: 'ifg-pages',
		networkTimeoutSeconds: 5,
		// Generators keep their state in the query string: any query finds the page.
		matchOptions: { ignoreSearch: true },
		plugins: [servedFromCache],
	}),
);
cleanupOutdatedCaches();
precacheAndRoute(__PRECACHE__);
// Search index files, the JSON API and anything else from the site: reuse what was fetched once.
registerRoute(
	({ url }) => url.origin === self.location.origin,
	new StaleWhileRevalidate({ cacheName: 'ifg-data' }),
);

self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
