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
// - The other parameters. The ranking test used to pass only metaWeights, so Pagefind ranked it with
//   its own defaults (pageLength 0.75, termFrequency 1, termSaturation 1.4, termSimilarity 1) while the
//   dialog got Starlight's (@astrojs/starlight schemas/pagefind.js: 0.1, 0.1, 2, 9): the test measured a
//   ranking no reader got. Both now read these values, chosen on the built site with the win32 family
//   (only its noted pages indexed) by the ranking test's 163 queries a language, among fifteen
//   settings around Starlight's and Pagefind's. Rows missing the top 3: Starlight's 3, Pagefind's 3,
//   these 0 (en MRR@10 0.972, recall@1 0.951; zh-CN 0.960, 0.926). pageLength 0.1: long guides are
//   not pushed down; termFrequency 1: a page that says the query's words often ranks higher;
//   termSimilarity 3: an exact word still ranks first ("1402" found ten short win32/1402x pages ahead
//   of msi/1402 at 1), but not so far ahead that a short page sharing one exact word ("User cancelled."
//   of a winget code) outranks the page whose official text is the whole query (msiexec/1602 was 5th
//   at 9). 2026-12-02, with the systemd-exit and signal families' pages indexed: at 3, msiexec/1602
//   fell to 4th for "User cancelled installation" (33.63 against win32/1223's 33.79); at 2.5 no row
//   misses the top 3 and MRR@10 and recall@1 are unchanged in both languages (en 0.972, 0.951;
//   zh-CN 0.959, 0.926); at 2, zh-CN fell to 0.954, 0.914. 2026-12-03, with the curl family: at 2.5
//   msi/1923 fell to 4th for 服务无法安装, its own title, behind 1719 and 1601, which match 无法 only
//   through a longer word (无法访问); at 3 every row is in the top 3, en 0.977, 0.958 (0.977, 0.957
//   before the family), zh-CN 0.968, 0.941 (0.965, 0.935).
export const PAGEFIND_RANKING = {
	pageLength: 0.1,
	termFrequency: 1,
	termSaturation: 2,
	termSimilarity: 3,
	diacriticSimilarity: 0.8,
	metaWeights: { title: 5, aliases: 5, code: 10 },
};
