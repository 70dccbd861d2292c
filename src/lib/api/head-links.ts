// Which machine-readable links a page advertises in its <head>: the OpenSearch description of its
// language (so the address bar can search the site) and, on code pages, the code's JSON document.
import { isFamily } from '~/lib/errors/families';
import { basePath, href, splitPath } from '~/lib/urls';
import { INDEX_PATH } from './error-doc';

export type LinkAttrs = Record<string, string>;

// Linear: fixed segments, one bounded character class per segment. Matched against the path within
// the site (base and locale removed by splitPath).
const CODE_PAGE = /^\/errors\/([a-z0-9-]+)\/([0-9A-Fx]+)\/$/;
const LOOKUP_PAGE = '/errors/';

/** The OpenSearch description of the page's language (base and locale prefix included). */
export const opensearchPath = (pathname: string) =>
	href(splitPath(pathname).locale, '/opensearch.xml');

export function headLinksFor(pathname: string, siteTitle: string): LinkAttrs[] {
	const { path } = splitPath(pathname);
	const links: LinkAttrs[] = [
		{
			rel: 'search',
			type: 'application/opensearchdescription+xml',
			href: opensearchPath(pathname),
			title: siteTitle,
		},
	];
	// The JSON documents hold every language: they sit under the base path, outside any locale.
	const code = CODE_PAGE.exec(path);
	if (code && isFamily(code[1] ?? '')) {
		links.push({
			rel: 'alternate',
			type: 'application/json',
			href: `${basePath()}/api/errors/${code[1]}/${code[2]}.json`,
		});
	} else if (path === LOOKUP_PAGE) {
		links.push({ rel: 'alternate', type: 'application/json', href: `${basePath()}${INDEX_PATH}` });
	}
	return links;
}
