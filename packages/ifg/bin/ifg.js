#!/usr/bin/env node
// The `ifg` command: the bundle is built by build.mjs (npm run build -w ifg; npm runs it as `prepare` on install and before pack).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/ifg.js', import.meta.url);
if (!existsSync(bundle)) {
	process.stderr.write(
		'ifg: the tool is not built yet; run `npm run build -w ifg` in the repository.\n',
	);
	process.exit(3);
}
await import(bundle.href);
