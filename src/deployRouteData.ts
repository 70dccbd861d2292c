// Starlight route middleware (astro.config.mjs `routeMiddleware`): head links that every page or
// every code page needs, added from the URL so that no page component has to know about them, and
// the offline note's text.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { headLinksFor } from '~/lib/api/head-links';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	for (const attrs of headLinksFor(context.url.pathname, route.siteTitle)) {
		route.head.push({ tag: 'link', attrs, content: '' });
	}
	// What a page served offline says about itself (src/offline/offline-note.ts), in its language.
	// (Starlight's types know only its own catalog keys; the parity test checks ours.)
	const note = context.locals.t('offline.note' as never);
	route.head.push({ tag: 'meta', attrs: { name: 'ifg-offline-note', content: note }, content: '' });
});
