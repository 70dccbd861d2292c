// /api/errors/index.json: every code, as an error-index.v1 document (schemas/error-index.v1.json).
import type { APIRoute } from 'astro';
import { allCatalogs, allEntries, resolverOf } from '~/components/errors/data';
import { indexDocument } from '~/lib/api/error-doc';
import { jsonResponse, siteOf } from '~/lib/api/respond';

export const GET: APIRoute = async ({ site }) =>
	jsonResponse(indexDocument(await allEntries(), siteOf(site), resolverOf(await allCatalogs())));
