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

/** Accents the letters outside {placeholders}; leaves everything else as it is. */
export function accent(text: string): string {
	let out = '';
	let depth = 0;
	for (const ch of text) {
		if (ch === '{') depth++;
		else if (ch === '}' && depth > 0) depth--;
		out += depth === 0 ? (ACCENTS[ch] ?? ch) : ch;
	}
	return out;
}

/** "Search" → "[Šéåŕçĥ ·····]": accented, bracketed (shows truncation) and lengthened. */
export function pseudo(text: string): string {
	if (!/[A-Za-z]/.test(text)) return text;
	const visible = text.replace(/\{\w+\}/g, '').length;
	return `[${accent(text)} ${'·'.repeat(Math.max(1, Math.ceil(visible * 0.4)))}]`;
}
