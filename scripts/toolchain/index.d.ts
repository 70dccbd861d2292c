// The types of index.js, for eslint.config.js: TypeScript does not type-check JavaScript that it
// reaches through node_modules (this workspace is linked there), so the re-exports are declared here.
export { default as tseslint } from 'typescript-eslint';
export { default as astro } from 'eslint-plugin-astro';
