// Byte-level sniffing for pasted or dropped logs. msiexec writes UTF-16 LE by default (with a BOM when
// it creates the file, without one when some tools copy it), /l*v+ appends; other tools save UTF-8
// or the ANSI code page. We decide once from the first bytes, then decode the rest in streaming mode.

/** The local ANSI code pages Windows writes non-UTF-16 logs in, by language (TextDecoder labels). */
export const ANSI_ENCODINGS = [
	'gb18030',
	'big5',
	'shift_jis',
	'euc-kr',
	'windows-1251',
	'windows-1252',
] as const;
export type AnsiEncoding = (typeof ANSI_ENCODINGS)[number];
export type LogEncoding = 'utf-16le' | 'utf-16be' | 'utf-8' | AnsiEncoding;
export const LOG_ENCODINGS: readonly LogEncoding[] = [
	'utf-16le',
	'utf-16be',
	'utf-8',
	...ANSI_ENCODINGS,
];

export type Sniff =
	| { ok: true; encoding: LogEncoding; bom: number }
	| { ok: false; reason: 'empty' | 'binary'; format?: BinaryFormat };

/** Files people drop by mistake instead of the log. */
export type BinaryFormat = 'msi' | 'exe' | 'zip' | 'gzip' | 'pdf' | 'png' | 'jpeg' | 'unknown';

const MAGIC: ReadonlyArray<[BinaryFormat, number[]]> = [
	// OLE compound file: .msi, .msp, .mst are all of this kind.
	['msi', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
	['exe', [0x4d, 0x5a]],
	['zip', [0x50, 0x4b, 0x03, 0x04]],
	['gzip', [0x1f, 0x8b]],
	['pdf', [0x25, 0x50, 0x44, 0x46]],
	['png', [0x89, 0x50, 0x4e, 0x47]],
	['jpeg', [0xff, 0xd8, 0xff]],
];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
	return magic.length <= bytes.length && magic.every((b, i) => bytes[i] === b);
}

/** Looks at the first few KB of a file and picks a decoder, or says why it is not a text log. */
export function sniffEncoding(head: Uint8Array): Sniff {
	if (head.length === 0) return { ok: false, reason: 'empty' };
	if (head[0] === 0xff && head[1] === 0xfe) return { ok: true, encoding: 'utf-16le', bom: 2 };
	if (head[0] === 0xfe && head[1] === 0xff) return { ok: true, encoding: 'utf-16be', bom: 2 };
	if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
		return { ok: true, encoding: 'utf-8', bom: 3 };
	}
	for (const [format, magic] of MAGIC) {
		if (startsWith(head, magic)) return { ok: false, reason: 'binary', format };
	}
	const sample = head.subarray(0, 4096);
	let zeroEven = 0;
	let zeroOdd = 0;
	let control = 0;
	for (let i = 0; i < sample.length; i++) {
		const b = sample[i]!;
		if (b === 0) {
			if (i % 2 === 0) zeroEven++;
			else zeroOdd++;
		} else if (b < 9 || (b > 13 && b < 32) || b === 127) control++;
	}
	const pairs = Math.max(1, Math.floor(sample.length / 2));
	// ASCII text in UTF-16 LE has a zero in (nearly) every odd byte; Chinese text has fewer zeros,
	// but a verbose log's timestamps and "MSI (s)" prefixes keep the share far above a third.
	if (zeroOdd / pairs > 0.3 && zeroEven < zeroOdd / 8) {
		return { ok: true, encoding: 'utf-16le', bom: 0 };
	}
	if (zeroEven / pairs > 0.3 && zeroOdd < zeroEven / 8) {
		return { ok: true, encoding: 'utf-16be', bom: 0 };
	}
	// A few NULs (a block zeroed by a crash, a NUL pasted by some editor) do not make text binary.
	if ((zeroEven + zeroOdd) / sample.length > 0.01 || control / sample.length > 0.05) {
		return { ok: false, reason: 'binary', format: 'unknown' };
	}
	return { ok: true, encoding: isUtf8(head) ? 'utf-8' : guessAnsi(head), bom: 0 };
}

// Words a translated log holds early (action lines, "Product:", "Error", "Return value"), per code
// page. Each candidate decoder must accept the bytes; the one whose text holds the most of its own
// words wins. Without any, Cyrillic words pick Windows-1251, otherwise Windows-1252.
const MARKERS: Readonly<Record<AnsiEncoding, readonly string[]>> = {
	gb18030: ['操作', '返回值', '产品', '属性', '错误', '安装'],
	big5: ['操作', '動作', '傳回值', '產品', '屬性', '錯誤', '安裝'],
	shift_jis: ['操作', '戻り値', '製品', 'エラー', 'アクション', 'インストール'],
	'euc-kr': ['작업', '반환', '제품', '오류', '설치'],
	'windows-1251': ['Действие', 'значение', 'Ошибка', 'Продукт', 'Установщик'],
	'windows-1252': [
		'Aktion',
		'Rückgabewert',
		'Fehler',
		'terminée',
		'Valeur de retour',
		'Acción',
		'Erreur',
		'Errore',
		'Ação',
	],
};

/** Picks the ANSI code page of bytes that are not UTF-8. */
export function guessAnsi(bytes: Uint8Array): AnsiEncoding {
	let best: AnsiEncoding | undefined;
	let bestScore = 0;
	for (const enc of ANSI_ENCODINGS) {
		let text: string;
		try {
			// stream: a multi-byte character cut at the end of the sample is not an error.
			text = new TextDecoder(enc, { fatal: true }).decode(bytes, { stream: true });
		} catch {
			continue;
		}
		let score = 0;
		for (const word of MARKERS[enc]) {
			for (
				let at = text.indexOf(word);
				at >= 0 && score < 1000;
				at = text.indexOf(word, at + word.length)
			)
				score++;
		}
		if (score > bestScore) {
			best = enc;
			bestScore = score;
		}
	}
	if (best) return best;
	// Russian words are runs of Cyrillic letters; Western text read as Windows-1251 shows single
	// Cyrillic letters between Latin ones ("Cafй", "Rьckgabewert").
	const sample = new TextDecoder('windows-1251').decode(bytes);
	const words = sample.match(/[\u0410-\u044F\u0401\u0451]{3}/g)?.length ?? 0;
	return words >= 2 ? 'windows-1251' : 'windows-1252';
}

/** True when the bytes are valid UTF-8, allowing a sequence cut off at the end of the sample. */
export function isUtf8(bytes: Uint8Array): boolean {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i]!;
		const need =
			b < 0x80
				? 0
				: b >= 0xc2 && b < 0xe0
					? 1
					: b >= 0xe0 && b < 0xf0
						? 2
						: b >= 0xf0 && b < 0xf5
							? 3
							: -1;
		if (need < 0) return false;
		for (let k = 1; k <= need; k++) {
			if (i + k >= bytes.length) return true;
			const c = bytes[i + k]!;
			if ((c & 0xc0) !== 0x80) return false;
		}
		i += need + 1;
	}
	return true;
}

/**
 * A streaming decoder: feed byte chunks in order, get text with no character split across chunks.
 * One native TextDecoder per file for every encoding, UTF-16 LE included: it keeps a byte or a
 * surrogate pair cut at a chunk's end for the next chunk, and drops a leading BOM (ignoreBOM false).
 * It beats String.fromCharCode over a Uint16Array view (profile of scripts/bench-msi-log.mjs), and
 * an unpaired surrogate becomes U+FFFD, which the reader's encoding check counts as a wrong guess.
 */
export function createChunkDecoder(sniff: Extract<Sniff, { ok: true }>): ChunkDecoder {
	const decoder = new TextDecoder(sniff.encoding, { fatal: false, ignoreBOM: false });
	let first = true;
	return {
		decode(chunk: Uint8Array): string {
			first = false;
			return decoder.decode(chunk, { stream: true });
		},
		end(): string {
			return first ? '' : decoder.decode();
		},
	};
}

export interface ChunkDecoder {
	decode(chunk: Uint8Array): string;
	end(): string;
}

/** Share of U+FFFD in decoded text: a high share means the encoding guess was wrong. */
export function replacementShare(text: string): number {
	if (text.length === 0) return 0;
	let n = 0;
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) n++;
	return n / text.length;
}
