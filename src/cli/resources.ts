// What the command-line tool knows, read from the repository: the error data (validated by the same
// schema as the site's collection) and the catalogs of the deployed languages (the same loader as
// the site). packages/ifg/build.mjs runs this once at build time and bundles the result as JSON, so
// the published tool reads no file but the log it is given; the tests call it directly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCatalog } from '../i18n/loader';
import type { Catalog } from '../i18n/msg';
import { type ErrorEntry, errorEntrySchema, FAMILIES } from '../lib/errors/schema';
import { CLI_LOCALES, type CliLocale, type Resources } from './types';

/** Where the site is published: the JSON's URLs point there (scripts/deploy.mjs uses the same variable). */
export const DEFAULT_SITE = 'https://guide.example.org';

export async function loadResources(root: string, site = DEFAULT_SITE): Promise<Resources> {
	const entries: ErrorEntry[] = [];
	for (const family of FAMILIES) {
		const file = join(root, 'src', 'content', 'errors', `${family}.json`);
		const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
		for (const value of Object.values(raw)) entries.push(errorEntrySchema.parse(value));
	}
	const catalogs = {} as Record<CliLocale, Catalog>;
	for (const l of CLI_LOCALES) catalogs[l] = await readCatalog(l, join(root, 'src', 'i18n'));
	const pkg = JSON.parse(readFileSync(join(root, 'packages', 'ifg', 'package.json'), 'utf8')) as {
		version: string;
	};
	return { entries, catalogs, site, version: pkg.version };
}
