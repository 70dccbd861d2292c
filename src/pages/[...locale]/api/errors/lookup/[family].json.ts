// /api/errors/lookup/<family>.json: one family's slice of the lookup index, in the same document
// shape (fromLookupIndex reads both), so a family table fetches only its own rows; in each language,
// as the whole index (/zh-cn/api/errors/lookup/<family>.json carries the Chinese titles).
import type { APIRoute } from 'astro';
import { allEntries, indexedOf } from '~/components/errors/data';
import { type Locale, dataLocaleParams } from '~/i18n/locales';
import { jsonResponse } from '~/lib/api/respond';
import { FAMILIES, type Family } from '~/lib/errors/families';
import { toLookupIndex } from '~/lib/errors/lookup-index';

export const getStaticPaths = () =>
	dataLocaleParams().flatMap(({ params, props }) =>
		FAMILIES.map((family) => ({ params: { ...params, family }, props })),
	);

export const GET: APIRoute = async ({ params, props }) => {
	const { locale } = props as { locale: Locale };
	return jsonResponse(
		toLookupIndex(
			(await allEntries())
				.filter((e) => e.family === (params.family as Family))
				.map((e) => indexedOf(e, locale)),
		),
	);
};
