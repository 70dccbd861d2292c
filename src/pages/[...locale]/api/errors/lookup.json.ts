// /api/errors/lookup.json: the build-time lookup index (src/lib/errors/lookup-index.ts) that the
// lookup page filters over (family tables read their slice, ./lookup/[family].json.ts). A language
// with translated code titles has its own copy (/zh-cn/api/errors/lookup.json) carrying them.
import type { APIRoute } from 'astro';
import { allEntries, indexedOf } from '~/components/errors/data';
import { type Locale, dataLocaleParams } from '~/i18n/locales';
import { jsonResponse } from '~/lib/api/respond';
import { toLookupIndex } from '~/lib/errors/lookup-index';

export const getStaticPaths = dataLocaleParams;

export const GET: APIRoute = async ({ props }) => {
	const { locale } = props as { locale: Locale };
	return jsonResponse(toLookupIndex((await allEntries()).map((e) => indexedOf(e, locale))));
};
