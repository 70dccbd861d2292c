// The data packages/ifg/build.mjs bundles into the tool (src/cli/resources.ts, read at build time).
declare module 'virtual:ifg-resources' {
	const data: unknown;
	export default data;
}
