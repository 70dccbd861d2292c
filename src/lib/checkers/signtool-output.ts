// Reads the text of `signtool verify /pa /v <file>`: per file, the signer chain (root first, as
// SignTool prints it, one indent level deeper per certificate), the timestamp and its chain, and
// every "SignTool Error/Warning" with the HRESULT it names or whose winerror.h text it repeats.
// SignTool's exit code follows from the counts: 0 success, 1 failed, 2 warnings (SignTool docs).
import { AUTHENTICODE_HRESULTS } from './hresult-messages.generated';

export interface Cert {
	issuedTo: string;
	issuedBy?: string;
	expires?: string;
	sha1?: string;
	depth: number;
}
export interface SignMessage {
	level: 'error' | 'warning';
	text: string;
	/** HRESULT as written on the site: 0x + 8 upper-case hex digits. */
	hresult?: string;
	name?: string;
}
export interface VerifiedFile {
	file: string;
	signatureIndex?: string;
	fileHash?: string;
	chain: Cert[];
	timestamp?: string;
	timestampChain: Cert[];
	notTimestamped: boolean;
	verified: boolean;
	messages: SignMessage[];
}
export interface SigntoolReport {
	recognised: boolean;
	files: VerifiedFile[];
	/** Messages printed before any "Verifying:" line (e.g. a wrong option, file not found). */
	messages: SignMessage[];
	counts: { verified?: number; warnings?: number; errors?: number };
	exitCode?: 0 | 1 | 2;
	/** The leaf (signing) certificate of the first file's primary chain. */
	signer?: Cert;
}

const BY_TEXT = new Map(
	Object.entries(AUTHENTICODE_HRESULTS).map(([hex, v]) => [norm(v.text), { hex, name: v.name }]),
);
function norm(s: string): string {
	return s
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.replace(/[.\s]+$/, '')
		.trim();
}

/** "0x800b0101" → "0x800B0101"; negative decimals are not used by SignTool. */
export function normalizeHresult(hex: string): string {
	return `0x${hex.slice(2).toUpperCase().padStart(8, '0')}`;
}

function message(level: SignMessage['level'], text: string): SignMessage {
	const m = /0x([0-9a-fA-F]{8})\b/.exec(text);
	const hex = m
		? normalizeHresult(`0x${m[1]}`)
		: BY_TEXT.get(norm(text.replace(/^.*?error:\s*/i, '')))?.hex;
	const byText = hex ? undefined : findByText(text);
	const code = hex ?? byText;
	const known = code ? AUTHENTICODE_HRESULTS[code] : undefined;
	return {
		level,
		text,
		...(code ? { hresult: code } : {}),
		...(known ? { name: known.name } : {}),
	};
}

function findByText(text: string): string | undefined {
	const t = norm(text);
	for (const [msg, v] of BY_TEXT) if (msg.length > 20 && t.includes(msg)) return v.hex;
	return undefined;
}

const CERT_FIELD = /^(\s*)(Issued to|Issued by|Expires|SHA1 hash):\s*(.*)$/;

export function readSigntoolOutput(input: string): SigntoolReport {
	const lines = input.replace(/\r\n?/g, '\n').split('\n').slice(0, 20000);
	const report: SigntoolReport = { recognised: false, files: [], messages: [], counts: {} };
	let file: VerifiedFile | undefined;
	let chain: Cert[] | undefined;
	let pending: SignMessage | undefined;
	const flush = () => {
		if (!pending) return;
		const done = message(pending.level, pending.text);
		(file ? file.messages : report.messages).push(done);
		pending = undefined;
	};
	for (const raw of lines) {
		const line = raw.trimEnd();
		// A message wraps onto indented continuation lines.
		if (pending && line && /^\s+/.test(line) && !CERT_FIELD.test(line)) {
			pending.text += ` ${line.trim()}`;
			continue;
		}
		flush();
		const t = line.trim();
		let m: RegExpExecArray | null;
		if ((m = /^Verifying: (.+)$/.exec(t))) {
			file = {
				file: m[1]!,
				chain: [],
				timestampChain: [],
				notTimestamped: false,
				verified: false,
				messages: [],
			};
			report.files.push(file);
			chain = undefined;
			report.recognised = true;
		} else if ((m = /^SignTool (Error|Warning): ?(.*)$/i.exec(t))) {
			report.recognised = true;
			pending = { level: m[1]!.toLowerCase() === 'error' ? 'error' : 'warning', text: m[2]! };
		} else if ((m = /^Signature Index: (.+)$/.exec(t)) && file) {
			file.signatureIndex ??= m[1]!;
		} else if ((m = /^Hash of file \((\w+)\): ([0-9A-Fa-f]+)$/.exec(t)) && file) {
			file.fileHash ??= `${m[1]}: ${m[2]}`;
		} else if (/^Signing Certificate Chain:$/.test(t) && file) {
			// Only the primary signature's chain is kept; /all prints one per signature.
			chain = file.chain.length ? [] : file.chain;
		} else if ((m = /^The signature is timestamped: (.+)$/.exec(t)) && file) {
			file.timestamp ??= m[1]!;
			chain = undefined;
		} else if (/^Timestamp Verified by:$/.test(t) && file) {
			chain = file.timestampChain.length ? [] : file.timestampChain;
		} else if (/^File is not timestamped\.?$/.test(t) && file) {
			file.notTimestamped = true;
		} else if ((m = /^Successfully verified: (.+)$/.exec(t))) {
			report.recognised = true;
			const f = report.files.find((x) => x.file === m![1]) ?? file;
			if (f) f.verified = true;
		} else if ((m = /^Number of (files successfully Verified|warnings|errors): (\d+)$/i.exec(t))) {
			report.recognised = true;
			const key = m[1]!.toLowerCase().startsWith('files')
				? 'verified'
				: (m[1]!.toLowerCase() as 'warnings' | 'errors');
			report.counts[key] = Number(m[2]);
		} else if ((m = CERT_FIELD.exec(line)) && chain) {
			const depth = m[1]!.replace(/\t/g, '    ').length;
			const value = m[3]!.trim();
			if (m[2] === 'Issued to') chain.push({ issuedTo: value, depth });
			else {
				const cert = chain.at(-1);
				if (!cert) continue;
				if (m[2] === 'Issued by') cert.issuedBy = value;
				else if (m[2] === 'Expires') cert.expires = value;
				else cert.sha1 = value.toUpperCase();
			}
		}
	}
	flush();
	const c = report.counts;
	if (c.errors !== undefined) report.exitCode = c.errors > 0 ? 1 : (c.warnings ?? 0) > 0 ? 2 : 0;
	else if (
		report.messages.some((x) => x.level === 'error') ||
		report.files.some((f) => f.messages.some((x) => x.level === 'error'))
	) {
		report.exitCode = 1;
	}
	const first = report.files[0];
	const leaf = first?.chain.reduce<Cert | undefined>(
		(a, b) => (!a || b.depth >= a.depth ? b : a),
		undefined,
	);
	if (leaf) report.signer = leaf;
	return report;
}
