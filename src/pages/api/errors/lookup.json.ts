// /api/errors/lookup.json: the build-time lookup index (src/lib/errors/lookup-index.ts) that the
// lookup page and the family tables filter over, instead of reading their own table cells.
import type { APIRoute } from 'astro';
import { allEntries } from '~/components/errors/data';
import { jsonResponse } from '~/lib/api/respond';
import { toLookupIndex } from '~/lib/errors/lookup-index';

export const GET: APIRoute = async () =>
	jsonResponse(
		toLookupIndex(
			(await allEntries()).map((e) => ({
				family: e.family,
				code: e.code,
				names: e.names.map((n) => n.name),
				text: e.official[0]?.text ?? '',
			})),
		),
	);
