// /api/errors/lookup/<family>.json: one family's slice of the lookup index, in the same document
// shape (fromLookupIndex reads both), so a family table fetches only its own rows.
import type { APIRoute } from 'astro';
import { allEntries, indexedOf } from '~/components/errors/data';
import { jsonResponse } from '~/lib/api/respond';
import { FAMILIES, type Family } from '~/lib/errors/families';
import { toLookupIndex } from '~/lib/errors/lookup-index';

export const getStaticPaths = () => FAMILIES.map((family) => ({ params: { family } }));

export const GET: APIRoute = async ({ params }) =>
	jsonResponse(
		toLookupIndex(
			(await allEntries()).filter((e) => e.family === (params.family as Family)).map(indexedOf),
		),
	);
