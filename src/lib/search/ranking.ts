// How Pagefind ranks results, shared by the site's search dialog (astro.config.mjs passes it to
// Starlight's `pagefind.ranking`) and the ranking test (tests/e2e/search-ranking.spec.ts), so the test
// measures the ranking readers get. Pagefind weighs the `title` metadata 5 by default and other
// metadata 1; the curated aliases (src/lib/search/aliases.ts) are words a page is known by, so they
// weigh like its title: a generic query (证书链, "certificate chain") then finds the guide that is
// known by it ahead of the code pages whose titles merely contain it.
export const PAGEFIND_RANKING = {
	metaWeights: { title: 5, aliases: 5 },
};
