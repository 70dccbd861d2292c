// Starlight route middleware (astro.config.mjs `routeMiddleware`): everything a page adds to its <head>
// from its URL alone, so that no page component has to know about it:
// - links to the OpenSearch description and, on code pages, the code's JSON (src/lib/api/head-links.ts);
// - the page's curated search aliases as Pagefind metadata (src/lib/search/aliases.ts), no hidden text;
// - the offline note's text in the page's language (src/offline/offline-note.ts);
// - the site's base path (a build under /guide/) on the home page's hero links.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { headLinksFor } from '~/lib/api/head-links';
import { aliasesFor } from '~/lib/search/aliases';
import { basePath, localePrefix, splitPath } from '~/lib/urls';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	// Those helpers know site paths ('/zh-cn/errors/'), not the base a build may add ('/guide/').
	const { locale, path } = splitPath(context.url.pathname);
	const sitePath = localePrefix(locale) + path;

	// Their hrefs already carry the base (href(), basePath()): adding it here gave /guide/guide/….
	for (const attrs of headLinksFor(sitePath, route.siteTitle))
		route.head.push({ tag: 'link', attrs, content: '' });

	// (Starlight's types know only its own catalog keys; the parity test checks ours.)
	const note = context.locals.t('offline.note' as never);
	route.head.push({ tag: 'meta', attrs: { name: 'ifg-offline-note', content: note }, content: '' });

	// Starlight does not add the base to a splash page's hero buttons (frontmatter `hero.actions[].link`).
	for (const action of route.entry.data.hero?.actions ?? []) {
		if (basePath() && action.link.startsWith('/') && !action.link.startsWith(`${basePath()}/`))
			action.link = basePath() + action.link;
	}

	const aliases = aliasesFor(sitePath);
	if (aliases) {
		route.head.push({
			tag: 'meta',
			attrs: { name: 'keywords', content: aliases, 'data-pagefind-meta': 'aliases[content]' },
		});
	}
});
