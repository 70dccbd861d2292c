// Starlight route middleware: adds a page's curated search aliases (src/lib/search/aliases.ts) as
// Pagefind metadata in <head>. One place for guides, generators and checkers alike, and no hidden text.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { aliasesFor } from './lib/search/aliases';

export const onRequest = defineRouteMiddleware((context) => {
	const aliases = aliasesFor(context.url.pathname);
	if (!aliases) return;
	context.locals.starlightRoute.head.push({
		tag: 'meta',
		attrs: { name: 'keywords', content: aliases, 'data-pagefind-meta': 'aliases[content]' },
	});
});
