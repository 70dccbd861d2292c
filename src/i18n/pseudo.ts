// Pseudo-localisation (en-XA): English made visibly foreign and ~40 % longer, placeholders kept, so a
// pseudo build shows at a glance any text that did not come from a catalog, and any layout that
// cannot take longer words. Used by the i18n loader (catalogs) and scripts/pseudo-docs.mjs (guides).

const ACCENTS: Record<string, string> = {
	a: 'å',
	b: 'ƀ',
	c: 'ç',
	d: 'đ',
	e: 'é',
	f: 'ƒ',
	g: 'ĝ',
	h: 'ĥ',
	i: 'î',
	j: 'ĵ',
	k: 'ķ',
	l: 'ļ',
	m: 'ɱ',
	n: 'ñ',
	o: 'ö',
	p: 'þ',
	q: 'ǫ',
	r: 'ŕ',
	s: 'š',
	t: 'ţ',
	u: 'û',
	v: 'ṽ',
	w: 'ŵ',
	x: 'ẋ',
	y: 'ý',
	z: 'ž',
	A: 'Å',
	B: 'Ɓ',
	C: 'Ç',
	D: 'Đ',
	E: 'É',
	F: 'Ƒ',
	G: 'Ĝ',
	H: 'Ĥ',
	I: 'Î',
	J: 'Ĵ',
	K: 'Ķ',
	L: 'Ļ',
	M: 'Ṁ',
	N: 'Ñ',
	O: 'Ö',
	P: 'Þ',
	Q: 'Ǫ',
	R: 'Ŕ',
	S: 'Š',
	T: 'Ţ',
	U: 'Û',
	V: 'Ṽ',
	W: 'Ŵ',
	X: 'Ẋ',
	Y: 'Ý',
	Z: 'Ž',
};

/**
 * Kept as they are: Pagefind UI's placeholders ([SEARCH_TERM], [COUNT]), our catalogs' {name}
 * placeholders and GUIDs in braces ({00AAC56B-CD44-…}). Any other brace is text: Windows Installer's
 * conditional parts ("{ Error [3] was returned by WinVerifyTrust.}") are words a reader sees, so they
 * are accented like the rest. Two alternatives with distinct first characters: linear time.
 */
const KEPT = /(\[[A-Z_]+\]|\{[\w-]+\})/;

/** Accents the letters outside {placeholders} and [TOKENS]; leaves everything else as it is. */
export function accent(text: string): string {
	// split() with a capturing group: the kept parts are the odd parts.
	return text
		.split(KEPT)
		.map((part, i) => (i % 2 === 1 ? part : [...part].map((ch) => ACCENTS[ch] ?? ch).join('')))
		.join('');
}

/** "Search" → "[Šéåŕçĥ ·····]": accented, bracketed (shows truncation) and lengthened. */
export function pseudo(text: string): string {
	if (!/[A-Za-z]/.test(text)) return text;
	const visible = text.replace(/\{\w+\}/g, '').replace(/\[[A-Z_]+\]/g, '').length;
	return `[${accent(text)} ${'·'.repeat(Math.max(1, Math.ceil(visible * 0.4)))}]`;
}

/**
 * English UI strings that Starlight passes on from its catalog (`expressiveCode.*`, `pagefind.*`) but has
 * no built-in English for, so the libraries show their own English unless a language has them. Values:
 * the defaults documented in Starlight's schemas/i18n.js and Pagefind UI 1.5's English strings
 * (@pagefind/default-ui). Pseudo-localised with Starlight's own English for en-XA; `pagefind.placeholder`
 * is not here because Starlight sets it from `search.label`.
 */
export const STARLIGHT_PASSED_ON_EN: Readonly<Record<string, string>> = {
	'expressiveCode.copyButtonCopied': 'Copied!',
	'expressiveCode.copyButtonTooltip': 'Copy to clipboard',
	'expressiveCode.terminalWindowFallbackTitle': 'Terminal window',
	'pagefind.clear_search': 'Clear',
	'pagefind.load_more': 'Load more results',
	'pagefind.search_label': 'Search this site',
	'pagefind.filters_label': 'Filters',
	'pagefind.zero_results': 'No results for [SEARCH_TERM]',
	'pagefind.many_results': '[COUNT] results for [SEARCH_TERM]',
	'pagefind.one_result': '[COUNT] result for [SEARCH_TERM]',
	'pagefind.total_zero_results': 'No results',
	'pagefind.total_one_result': '[COUNT] result',
	'pagefind.total_many_results': '[COUNT] results',
	'pagefind.alt_search':
		'No results for [SEARCH_TERM]. Showing results for [DIFFERENT_TERM] instead',
	'pagefind.search_suggestion': 'No results for [SEARCH_TERM]. Try one of the following searches:',
	'pagefind.searching': 'Searching for [SEARCH_TERM]...',
	'pagefind.results_label': 'Search results',
	'pagefind.keyboard_navigate': 'navigate',
	'pagefind.keyboard_select': 'select',
	'pagefind.keyboard_clear': 'clear',
	'pagefind.keyboard_close': 'close',
	'pagefind.keyboard_search': 'search',
	'pagefind.error_search': 'Search failed',
	'pagefind.filter_selected_one': '[COUNT] selected',
	'pagefind.filter_selected_many': '[COUNT] selected',
	'pagefind.input_hint': 'Results will appear as you type',
	'pagefind.loading': 'Loading',
};
