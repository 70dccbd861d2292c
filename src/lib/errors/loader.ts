// Content loader of the `errors` collection: every family's data file (src/content/errors/<family>.json,
// generated from the pinned source tables by scripts/errors-data.mjs) read into one store, each entry
// under its id (msi/2503) and validated by the collection's schema.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { FAMILIES } from './families';

const DIR = 'src/content/errors';

export function errorsLoader(dir = DIR): Loader {
	return {
		name: 'ifg-errors',
		load: async ({ store, parseData, watcher }) => {
			store.clear();
			for (const family of FAMILIES) {
				const file = join(dir, `${family}.json`);
				const raw = JSON.parse(await readFile(file, 'utf8')) as Record<
					string,
					Record<string, unknown>
				>;
				for (const [id, data] of Object.entries(raw)) {
					store.set({ id, data: await parseData({ id, data }) });
				}
				watcher?.add(file);
			}
		},
	};
}
