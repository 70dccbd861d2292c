import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { FAMILIES, errorEntrySchema } from './lib/errors/schema';

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
	// Our widgets' UI strings sit beside Starlight's. Every key must exist in both languages:
	// tests/unit/i18n-parity.test.ts enforces that.
	i18n: defineCollection({
		loader: i18nLoader(),
		schema: i18nSchema({ extend: z.object({}).catchall(z.string()) }),
	}),
};
