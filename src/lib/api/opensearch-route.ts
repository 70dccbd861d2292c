// The GET handler of /opensearch.xml and /zh-cn/opensearch.xml; strings come from the i18n catalogs.
import type { APIRoute } from 'astro';
import { openSearchXml } from './opensearch';
import { siteOf } from './respond';

export const openSearchRoute =
	(prefix: '' | '/zh-cn', lang: 'en' | 'zh-CN'): APIRoute =>
	({ site, locals }) => {
		const base = siteOf(site);
		const xml = openSearchXml({
			// Our keys sit beside Starlight's in the catalogs (tests/unit/i18n-parity.test.ts checks them);
			// Starlight's types list only its own, hence the casts.
			shortName: locals.t('opensearch.name' as never),
			description: locals.t('opensearch.description' as never),
			lang,
			home: new URL(`${prefix}/`, base),
			self: new URL(`${prefix}/opensearch.xml`, base),
			icon: new URL('/favicon.svg', base),
		});
		return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
	};
