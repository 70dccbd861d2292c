// typescript-eslint and eslint-plugin-astro for eslint.config.js, resolved in this workspace beside
// TypeScript 6 (README, "Toolchain").
import './typescript6.js';

export { default as tseslint } from 'typescript-eslint';
export { default as astro } from 'eslint-plugin-astro';
