// Drives the analyzer from raw bytes: sniff the encoding from the first chunk, decode the rest in
// streaming mode, refuse what is not a text log. Used by the Web Worker and by Node (bench, tests).
import { createChunkDecoder, replacementShare, sniffEncoding } from './decode';
import type { BinaryFormat, LogEncoding, Sniff } from './decode';
import { MsiLogAnalyzer } from './msi-log';
import type { MsiLogReport } from './msi-log';

export const MAX_LOG_BYTES = 200 * 1024 * 1024;
// Enough of the head to see a translated log's first action lines when guessing its code page.
const SNIFF_BYTES = 65536;
/**
 * Bytes decoded at a time. The worker reads 4 MB chunks, but a string made of a whole chunk exceeds
 * V8's largest ordinary heap object and is allocated in fresh pages of its own, which costs more than
 * the decoding (profile of scripts/bench-msi-log.mjs: 64 KB pieces made the run three times faster).
 * Pieces this size stay in the young generation, whose memory is reused.
 */
const PIECE = 65536;

export type ReadFailure = {
	ok: false;
	reason: 'empty' | 'binary' | 'too-big' | 'encoding';
	format?: BinaryFormat;
};
export type ReadResult = { ok: true; encoding: LogEncoding; report: MsiLogReport } | ReadFailure;

export class ByteLogReader {
	/**
	 * An encoding the reader chose on the page overrides the guess. The page caps what a browser tab
	 * reads (MAX_LOG_BYTES); the command-line tool streams files of any size (maxBytes = Infinity).
	 */
	constructor(
		readonly forced?: LogEncoding,
		readonly maxBytes: number = MAX_LOG_BYTES,
	) {}
	#analyzer = new MsiLogAnalyzer();
	#decoder: ReturnType<typeof createChunkDecoder> | undefined;
	#encoding: LogEncoding | undefined;
	#failure: ReadFailure | undefined;
	#bytes = 0;
	#checked = false;

	#head: Uint8Array[] = [];
	#headBytes = 0;

	/** Returns false once the input is known to be unusable (stop reading). */
	push(chunk: Uint8Array): boolean {
		if (this.#failure) return false;
		this.#bytes += chunk.length;
		if (this.#bytes > this.maxBytes) {
			this.#failure = { ok: false, reason: 'too-big' };
			return false;
		}
		if (this.#decoder) return this.#decode(chunk);
		// A first chunk that holds the whole head is sniffed and decoded where it is: copying 4 MB
		// (twice) costs more than sniffing it. Smaller chunks are copied (the caller may reuse them).
		if (this.#headBytes === 0 && chunk.length >= SNIFF_BYTES) return this.#start(chunk);
		// Sniff from a fixed-size head, whatever the chunk sizes: the verdict must not depend on them.
		this.#head.push(chunk.slice());
		this.#headBytes += chunk.length;
		return this.#headBytes >= SNIFF_BYTES ? this.#start() : true;
	}

	end(): ReadResult {
		if (!this.#decoder && !this.#failure && this.#headBytes > 0) this.#start();
		if (this.#failure) return this.#failure;
		if (!this.#decoder || this.#bytes === 0) return { ok: false, reason: 'empty' };
		this.#analyzer.feed(this.#decoder.end());
		return { ok: true, encoding: this.#encoding!, report: this.#analyzer.end() };
	}

	/** The head's chunks in one array. */
	#joinHead(): Uint8Array {
		const head = new Uint8Array(this.#headBytes);
		let at = 0;
		for (const c of this.#head) {
			head.set(c, at);
			at += c.length;
		}
		this.#head = [];
		return head;
	}

	#start(head: Uint8Array = this.#joinHead()): boolean {
		const guessed = sniffEncoding(head);
		const sniff: Sniff = this.forced ? { ok: true, encoding: this.forced, bom: 0 } : guessed;
		if (!sniff.ok) {
			const format = sniff.format ? { format: sniff.format } : {};
			this.#failure = { ok: false, reason: sniff.reason, ...format };
			return false;
		}
		this.#encoding = sniff.encoding;
		this.#decoder = createChunkDecoder(sniff);
		return this.#decode(head);
	}

	/** Decodes and analyses a chunk PIECE bytes at a time (see PIECE). */
	#decode(chunk: Uint8Array): boolean {
		for (let at = 0; at < chunk.length; at += PIECE) {
			const text = this.#decoder!.decode(chunk.subarray(at, at + PIECE));
			if (!this.#checked && text.length > 0) {
				this.#checked = true;
				// A wrong guess shows as replacement characters or many NULs in the first decoded piece
				// (the first PIECE bytes, whatever the chunk sizes); a few NULs are tolerated (the
				// analyzer drops them). A forced encoding is obeyed.
				if (!this.forced && (replacementShare(text) > 0.01 || nulShare(text) > 0.01)) {
					this.#failure = { ok: false, reason: 'encoding' };
					return false;
				}
			}
			this.#analyzer.feed(text);
		}
		return true;
	}
}

function nulShare(text: string): number {
	let n = 0;
	for (let at = text.indexOf('\u0000'); at >= 0; at = text.indexOf('\u0000', at + 1)) n++;
	return n / text.length;
}

/** One-shot helper for whole buffers (tests, small pastes). */
export function readLogBytes(
	bytes: Uint8Array,
	chunkSize = 1 << 20,
	forced?: LogEncoding,
): ReadResult {
	const reader = new ByteLogReader(forced);
	for (let i = 0; i < bytes.length; i += chunkSize) {
		if (!reader.push(bytes.subarray(i, i + chunkSize))) break;
	}
	return reader.end();
}
