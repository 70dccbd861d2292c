// The API's JSON Schemas, published beside the data with an absolute $id so that tools resolve the
// index schema's references to the code schema on the same site.
import type { APIRoute, GetStaticPaths } from 'astro';
import code from '../../../../schemas/error-code.v1.json';
import index from '../../../../schemas/error-index.v1.json';
import { jsonResponse, siteOf } from '~/lib/api/respond';

const SCHEMAS: Record<string, object> = {
	'error-code.v1.json': code,
	'error-index.v1.json': index,
};

export const getStaticPaths = (() =>
	Object.keys(SCHEMAS).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
	const name = params.name ?? '';
	const $id = new URL(`/api/schemas/${name}`, siteOf(site)).href;
	return jsonResponse({ ...SCHEMAS[name], $id });
};
