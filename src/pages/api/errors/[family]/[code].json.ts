// /api/errors/<family>/<code>.json: one code as an error-code.v1 document (schemas/error-code.v1.json).
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCatalogs, allEntries, resolverOf, type Entry } from '~/components/errors/data';
import { codeDocument } from '~/lib/api/error-doc';
import { slugOf } from '~/lib/errors/codes';
import { jsonResponse, siteOf } from '~/lib/api/respond';

export const getStaticPaths = (async () =>
	(await allEntries()).map((entry) => ({
		params: { family: entry.family, code: slugOf(entry) },
		props: { entry },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) =>
	jsonResponse(
		codeDocument((props as { entry: Entry }).entry, siteOf(site), resolverOf(await allCatalogs())),
	);
