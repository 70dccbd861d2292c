// Which machine-readable links a page advertises in its <head>: the OpenSearch description of its
// language (so the address bar can search the site) and, on code pages, the code's JSON document.
import { FAMILIES } from '~/lib/errors/family';
import { INDEX_PATH } from './error-doc';

export type LinkAttrs = Record<string, string>;

// Linear: fixed segments, one bounded character class per segment.
const CODE_PAGE = /^\/(?:zh-cn\/)?errors\/([a-z]+)\/([0-9A-Fx]+)\/$/;
const LOOKUP_PAGE = /^\/(?:zh-cn\/)?errors\/$/;

export const opensearchPath = (pathname: string) =>
	pathname.startsWith('/zh-cn/') ? '/zh-cn/opensearch.xml' : '/opensearch.xml';

export function headLinksFor(pathname: string, siteTitle: string): LinkAttrs[] {
	const links: LinkAttrs[] = [
		{ rel: 'search', type: 'application/opensearchdescription+xml', href: opensearchPath(pathname), title: siteTitle },
	];
	const code = CODE_PAGE.exec(pathname);
	if (code && (FAMILIES as readonly string[]).includes(code[1] ?? '')) {
		links.push({ rel: 'alternate', type: 'application/json', href: `/api/errors/${code[1]}/${code[2]}.json` });
	} else if (LOOKUP_PAGE.test(pathname)) {
		links.push({ rel: 'alternate', type: 'application/json', href: INDEX_PATH });
	}
	return links;
}
