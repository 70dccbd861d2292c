// `npm run check`: @astrojs/check (type-checks .astro files and what they import) on TypeScript 6.
// `astro check` itself refuses to run when the project's `typescript` is 7.
import './typescript6.js';
import { check, parseArgsAsCheckConfig } from '@astrojs/check';

const failed = await check(parseArgsAsCheckConfig(process.argv));
process.exitCode = failed === true ? 1 : 0;
