// Imported first by the tools that need TypeScript's compiler API (eslint.config.js, astro-check.js):
// from then on, `typescript` resolves to this workspace's TypeScript 6 for every module in the
// process. npm keeps typescript-eslint and @astrojs/check here beside TypeScript 6 (their peer range
// excludes 7), but hoists helpers whose range admits 7 (ts-api-utils, @volar/kit) to the root, where
// a plain require('typescript') would load TypeScript 7, which has no compiler API.
import { createRequire, registerHooks } from 'node:module';
import { pathToFileURL } from 'node:url';

const { resolve } = createRequire(import.meta.url);
let resolving = false; // resolve() below goes through this hook too

registerHooks({
	resolve(specifier, context, nextResolve) {
		if (resolving || !(specifier === 'typescript' || specifier.startsWith('typescript/'))) {
			return nextResolve(specifier, context);
		}
		resolving = true;
		try {
			return { url: pathToFileURL(resolve(specifier)).href, shortCircuit: true };
		} finally {
			resolving = false;
		}
	},
});
