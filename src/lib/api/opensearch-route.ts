// The GET handler of /opensearch.xml in every language; strings come from the page language's catalog.
import type { APIRoute } from 'astro';
import type { Locale } from '~/i18n/locales';
import { basePath, href } from '~/lib/urls';
import { openSearchXml } from './opensearch';
import { siteOf } from './respond';

export const openSearchRoute: APIRoute = ({ site, locals, props }) => {
	const { locale } = props as { locale: Locale };
	const base = siteOf(site);
	const xml = openSearchXml({
		// Our keys sit beside Starlight's in the catalogs (tests/unit/i18n-parity.test.ts checks them);
		// Starlight's types list only its own, hence the casts.
		shortName: locals.t('opensearch.name' as never),
		description: locals.t('opensearch.description' as never),
		lang: locale,
		home: new URL(href(locale, '/'), base),
		self: new URL(href(locale, '/opensearch.xml'), base),
		// Static files have no language: the base path only.
		icon: new URL(`${basePath()}/favicon.svg`, base),
	});
	return new Response(xml, {
		headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' },
	});
};
