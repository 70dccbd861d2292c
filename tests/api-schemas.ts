// Validators for the published JSON API, compiled from the schemas in schemas/ (JSON Schema 2020-12).
// Shared by tests/unit/api-doc.test.ts (documents built from the data) and tests/e2e/api.spec.ts (the
// files the build wrote).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';

const dir = join(import.meta.dirname, '..', 'schemas');
const load = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as { $id: string };

function compile() {
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	ajv.addSchema(load('error-code.v1.json'));
	ajv.addSchema(load('error-index.v1.json'));
	const code = ajv.getSchema('error-code.v1.json');
	const index = ajv.getSchema('error-index.v1.json');
	if (!code || !index)
		throw new Error('schemas/ is missing error-code.v1.json or error-index.v1.json');
	return { code, index };
}

const validators = compile();

const describe = (errors: ErrorObject[] | null | undefined) =>
	(errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');

/** Problems of one document as readable lines ('' when valid). */
export function checkCodeDocument(doc: unknown): string {
	return validators.code(doc) ? '' : describe(validators.code.errors);
}

export function checkIndexDocument(doc: unknown): string {
	return validators.index(doc) ? '' : describe(validators.index.errors);
}
