import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { FAMILIES, errorEntrySchema } from './lib/errors/schema';
import { catalogLoader } from './i18n/loader';

/**
 * Error-code knowledge base: one file() per family (src/content/errors/<family>.json), merged into
 * one collection. file() clears the store before it writes, so each runs against a view whose
 * clear() is a no-op and the store is cleared once up front.
 */
const errorsLoader = {
	name: 'errors-files',
	load: async (context: Parameters<ReturnType<typeof file>['load']>[0]) => {
		context.store.clear();
		const store = new Proxy(context.store, {
			get: (target, key) => {
				if (key === 'clear') return () => {};
				const value: unknown = Reflect.get(target, key, target);
				return typeof value === 'function' ? value.bind(target) : value;
			},
		});
		for (const family of FAMILIES) {
			await file(`src/content/errors/${family}.json`).load({ ...context, store });
		}
	},
};

export const collections = {
	errors: defineCollection({ loader: errorsLoader, schema: errorEntrySchema }),
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	// Our UI strings sit beside Starlight's: src/i18n/<lang>/*.json, one file per area (src/i18n/loader.ts).
	// Every key must exist in every language: tests/unit/i18n-parity.test.ts enforces that.
	i18n: defineCollection({
		loader: catalogLoader(),
		schema: i18nSchema({ extend: z.object({}).catchall(z.string()) }),
	}),
};
