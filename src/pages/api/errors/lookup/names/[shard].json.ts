// /api/errors/lookup/names/<shard>.json: one shard of the symbolic names (src/lib/errors/slices.ts), each with
// the chunk of the lookup index that holds it, so the answer card finds CERT_E_EXPIRED by fetching
// one small shard. Names are the same in every language: one copy, at the root.
import type { APIRoute } from 'astro';
import { nameShards } from '~/components/search/lookup-data';
import { jsonResponse } from '~/lib/api/respond';

export const getStaticPaths = async () =>
	[...(await nameShards()).keys()].map((shard) => ({ params: { shard } }));

export const GET: APIRoute = async ({ params }) =>
	jsonResponse((await nameShards()).get(params.shard ?? '') ?? null);
