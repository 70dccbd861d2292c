// Starlight route middleware (astro.config.mjs `routeMiddleware`): head links that every page or
// every code page needs, added from the URL so that no page component has to know about them.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { headLinksFor } from '~/lib/api/head-links';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	for (const attrs of headLinksFor(context.url.pathname, route.siteTitle)) {
		route.head.push({ tag: 'link', attrs });
	}
});
