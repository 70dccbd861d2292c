// /api/errors/lookup.json: the build-time lookup index (src/lib/errors/lookup-index.ts) that the
// lookup page filters over (family tables read their slice, ./lookup/[family].json.ts).
import type { APIRoute } from 'astro';
import { allEntries, indexedOf } from '~/components/errors/data';
import { jsonResponse } from '~/lib/api/respond';
import { toLookupIndex } from '~/lib/errors/lookup-index';

export const GET: APIRoute = async () =>
	jsonResponse(toLookupIndex((await allEntries()).map(indexedOf)));
