// /api/errors/lookup/<family>/<n>.json: one chunk of a family's lookup rows (src/lib/errors/slices.ts),
// the documents the search dialog's answer card fetches; in each language (/zh-cn/… rows carry the
// Chinese title), each row with the one-line meaning when the code has a note.
import type { APIRoute } from 'astro';
import { chunkRowOf, entryChunks } from '~/components/search/lookup-data';
import { type Locale, dataLocaleParams } from '~/i18n/locales';
import { jsonResponse } from '~/lib/api/respond';
import { type Family } from '~/lib/errors/families';
import { toLookupIndex } from '~/lib/errors/lookup-index';

export const getStaticPaths = async () => {
	const chunks = await entryChunks();
	return dataLocaleParams().flatMap(({ params, props }) =>
		[...chunks].flatMap(([family, list]) =>
			list.map((_, i) => ({ params: { ...params, family, chunk: String(i) }, props })),
		),
	);
};

export const GET: APIRoute = async ({ params, props }) => {
	const { locale } = props as { locale: Locale };
	const chunk = (await entryChunks()).get(params.family as Family)?.[Number(params.chunk)] ?? [];
	return jsonResponse(toLookupIndex(chunk.map((e) => chunkRowOf(e, locale))));
};
