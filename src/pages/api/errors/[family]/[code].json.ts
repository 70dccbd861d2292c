// /api/errors/<family>/<code>.json: one code as an error-code.v1 document (schemas/error-code.v1.json).
import type { APIRoute, GetStaticPaths } from 'astro';
import { allEntries, type Entry } from '~/components/errors/data';
import { codeDocument } from '~/lib/api/error-doc';
import { idOf } from '~/lib/errors/codes';
import { jsonResponse, siteOf } from '~/lib/api/respond';

export const getStaticPaths = (async () =>
	(await allEntries()).map((entry) => {
		const [family, code] = idOf(entry).split('/');
		return { params: { family, code }, props: { entry } };
	})) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
	jsonResponse(codeDocument((props as { entry: Entry }).entry, siteOf(site)));
