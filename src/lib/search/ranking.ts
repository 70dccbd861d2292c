// How Pagefind ranks results, shared by the site's search dialog (astro.config.mjs passes it to
// Starlight's `pagefind.ranking`) and the ranking test (tests/e2e/search-ranking.spec.ts), so the test
// measures the ranking readers get. Pagefind weighs the `title` metadata 5 by default and other
// metadata 1.
// - `aliases`: the curated words a page is known by (src/lib/search/aliases.ts) weigh like its title,
//   so a generic query (证书链, "certificate chain") finds the guide known by it ahead of the code
//   pages whose titles merely contain it.
// - `code`: a code page's own family/code (src/components/errors/CodeEntry.astro) weighs more than any
//   title, so a bare code finds its page ahead of the guides that name it in a title or alias ("2503"
//   ranked the Go 2503/2502 guide first with aliases at 5). Measured with the ranking test: en MRR@10
//   0.949 → 0.955, recall@1 0.899 → 0.913; zh 0.939 → 0.952, 0.882 → 0.908.
// - The other parameters are the values Starlight's schema fills in when they are absent
//   (@astrojs/starlight schemas/pagefind.js), written out: the dialog got them, but the ranking test
//   passed only metaWeights to Pagefind, which then used its own defaults (pageLength 0.75,
//   termSimilarity 1), so the test measured a ranking no reader got. With the win32 family's 2,686
//   short pages that difference decided rows: under Pagefind's defaults "1402" prefix-matched ten
//   short win32/1402x pages ahead of the long msi/1402 page; readers' termSimilarity 9 ranks an exact
//   match first.
export const PAGEFIND_RANKING = {
	pageLength: 0.1,
	termFrequency: 0.1,
	termSaturation: 2,
	termSimilarity: 9,
	diacriticSimilarity: 0.8,
	metaWeights: { title: 5, aliases: 5, code: 10 },
};
