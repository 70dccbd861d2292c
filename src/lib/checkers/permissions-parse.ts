// Recognises and parses pasted output of icacls, ls -ld, stat (GNU), whoami /groups and id. A paste
// may hold several of them (e.g. `ls -ld /tmp` and `id`): each block is found on its own.

export interface Ace {
	principal: string;
	/** Flags and rights as printed: e.g. ['OI', 'CI', 'IO', 'F'] or ['DENY', 'W']. */
	tokens: string[];
	deny: boolean;
	inherited: boolean;
	/** Applies to the folder itself (no IO flag). */
	self: boolean;
	/** Inherited by files created in the folder (OI). */
	files: boolean;
}
export interface IcaclsBlock {
	kind: 'icacls';
	path: string;
	aces: Ace[];
}
export interface PosixEntry {
	/** 12-bit mode, e.g. 0o1777. */
	mode: number;
	type: 'directory' | 'file' | 'link' | 'other';
	owner: string;
	group: string;
	uid?: number;
	gid?: number;
	name: string;
	/** The 10-character string as printed, e.g. "drwxrwxrwt". */
	symbolic: string;
	/** ls printed "+" after the mode: an ACL adds entries the mode bits do not show. */
	acl?: boolean;
	/** For a symbolic link, what ls shows after "->". */
	target?: string;
}
export interface PosixBlock {
	kind: 'ls' | 'stat';
	entry: PosixEntry;
}
export interface WinGroup {
	name: string;
	type: string;
	sid: string;
	attributes: string[];
}
export interface WhoamiBlock {
	kind: 'whoami-groups';
	groups: WinGroup[];
	/** whoami /all (or /user) also prints the account itself. */
	user?: { name: string; sid: string };
}
export interface IdBlock {
	kind: 'id';
	uid: number;
	user: string;
	gid: number;
	groups: Array<{ id: number; name: string }>;
}
export type PermBlock = IcaclsBlock | PosixBlock | WhoamiBlock | IdBlock;

const TOKEN = /\(([A-Za-z,]+)\)/g;
const ACE = /^([^:()]+):((?:\([A-Za-z,]+\))+)$/;
const WELL_KNOWN =
	/(?:^| )(NT AUTHORITY\\|BUILTIN\\|CREATOR |Everyone:|APPLICATION PACKAGE AUTHORITY\\|NT SERVICE\\|S-1-[\d-]+:|[\w.-]+\\[^\s\\:]+:)/;

function parseAce(text: string): Ace | undefined {
	const m = ACE.exec(text.trim());
	if (!m) return undefined;
	const tokens = [...m[2]!.matchAll(TOKEN)].flatMap((t) => t[1]!.split(','));
	return {
		principal: m[1]!.trim(),
		tokens,
		deny: tokens.includes('DENY'),
		inherited: tokens.includes('I'),
		self: !tokens.includes('IO'),
		files: tokens.includes('OI'),
	};
}

/** Splits the first icacls line "C:\Windows\Temp NT AUTHORITY\SYSTEM:(F)" into path and ACE. */
function splitFirst(line: string, indent: number | undefined): [string, string] | undefined {
	if (indent !== undefined && indent > 1 && parseAce(line.slice(indent))) {
		return [line.slice(0, indent).trim(), line.slice(indent)];
	}
	// One ACE only: the path is everything before the principal; prefer a well-known principal.
	const w = WELL_KNOWN.exec(line);
	if (w && w.index > 0) {
		const at = w.index + (w[0].startsWith(' ') ? 1 : 0);
		if (parseAce(line.slice(at))) return [line.slice(0, at).trim(), line.slice(at)];
	}
	const sp = line.lastIndexOf(' ');
	if (sp > 0 && parseAce(line.slice(sp + 1))) return [line.slice(0, sp).trim(), line.slice(sp + 1)];
	return undefined;
}

function parseIcacls(lines: string[]): IcaclsBlock[] {
	const out: IcaclsBlock[] = [];
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		if (!/:\((?:[A-Za-z,]+)\)/.test(line) || /^\s/.test(line)) continue;
		const next = lines[i + 1];
		const indent = next && /^\s+\S/.test(next) ? next.length - next.trimStart().length : undefined;
		const first = splitFirst(line, indent);
		if (!first) continue;
		const block: IcaclsBlock = { kind: 'icacls', path: first[0], aces: [parseAce(first[1])!] };
		for (i++; i < lines.length && /^\s+\S/.test(lines[i]!); i++) {
			const ace = parseAce(lines[i]!);
			if (ace) block.aces.push(ace);
		}
		i--;
		out.push(block);
	}
	return out;
}

/**
 * ls (coreutils 8.25+) quotes names on a terminal in its shell-escape style: 'my dir', "a'b",
 * 'new'$'\n''line', 'a'\''b c'. Those names are decoded; anything else is taken as printed. A single pass,
 * so linear in the name's length.
 */
export function lsUnquote(shown: string): string {
	if (!/^(?:'|"|\$')/.test(shown)) return shown;
	const esc: Record<string, string> = {
		n: '\n',
		t: '\t',
		r: '\r',
		'\\': '\\',
		"'": "'",
		'"': '"',
		a: '\x07',
		b: '\b',
		e: '\x1b',
		f: '\f',
		v: '\v',
	};
	let out = '';
	for (let i = 0; i < shown.length;) {
		const c = shown[i]!;
		if (c === "'" || c === '"') {
			const end = shown.indexOf(c, i + 1);
			if (end < 0) return shown;
			out += shown.slice(i + 1, end);
			i = end + 1;
		} else if (c === '$' && shown[i + 1] === "'") {
			i += 2;
			while (i < shown.length && shown[i] !== "'") {
				if (shown[i] !== '\\') {
					out += shown[i++];
					continue;
				}
				// Octal escapes are bytes (ls in the C locale escapes each byte of a UTF-8 character).
				const bytes: number[] = [];
				for (
					let o = /^\\([0-7]{1,3})/.exec(shown.slice(i, i + 4));
					o;
					o = /^\\([0-7]{1,3})/.exec(shown.slice(i, i + 4))
				) {
					bytes.push(parseInt(o[1]!, 8) & 0xff);
					i += o[0].length;
				}
				if (bytes.length) {
					out += new TextDecoder().decode(new Uint8Array(bytes));
				} else if (esc[shown[i + 1] ?? ''] !== undefined) {
					out += esc[shown[i + 1]!];
					i += 2;
				} else return shown;
			}
			if (shown[i] !== "'") return shown;
			i++;
		} else if (c === '\\' && i + 1 < shown.length) {
			// 'a'\''b': a quote between two quoted parts.
			out += shown[i + 1];
			i += 2;
		} else if (/\s/.test(c)) return shown;
		else out += shown[i++];
	}
	return out;
}

const TYPE: Record<string, PosixEntry['type']> = { d: 'directory', '-': 'file', l: 'link' };

/** "drwxrwxrwt" → 0o1777 (special bits read from s/S/t/T as ls prints them). */
export function modeFromSymbolic(s: string): number {
	let mode = 0;
	const bit = (i: number, v: number) => (s[i] !== '-' ? v : 0);
	mode |= bit(1, 0o400) | bit(2, 0o200) | bit(4, 0o40) | bit(5, 0o20) | bit(7, 0o4) | bit(8, 0o2);
	const x = (i: number, v: number, special: string, sv: number) => {
		const c = s[i]!;
		if (c === 'x' || c === special) mode |= v;
		if (c === special || c === special.toUpperCase()) mode |= sv;
	};
	x(3, 0o100, 's', 0o4000);
	x(6, 0o10, 's', 0o2000);
	x(9, 0o1, 't', 0o1000);
	return mode;
}

const SYMBOLIC = '[-dlbcps][-r][-w][-xsS][-r][-w][-xsS][-r][-w][-xtT]';
const LS = new RegExp(`^(${SYMBOLIC})([.+@]?)\\s+\\d+\\s+(\\S+)\\s+(\\S+)\\s+\\S+\\s+(.+)$`);
// The date takes 3 fields (Jun  1 10:00 / Jun  1  2024) or 2 (--time-style=long-iso / full-iso: 3).
const LS_DATE =
	/^(?:[A-Z][a-z]{2}\s+\d{1,2}\s+(?:\d{1,2}:\d\d|\d{4})|\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d(?:\.\d+)?(?: [+-]\d{4})?)?)\s+(.+)$/;

function parsePosix(lines: string[]): PosixBlock[] {
	const out: PosixBlock[] = [];
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!.trimEnd();
		const ls = LS.exec(line);
		if (ls) {
			const rest = LS_DATE.exec(ls[5]!);
			const symbolic = ls[1]!;
			const shown = rest ? rest[1]! : ls[5]!;
			const arrow = symbolic[0] === 'l' ? shown.indexOf(' -> ') : -1;
			out.push({
				kind: 'ls',
				entry: {
					mode: modeFromSymbolic(symbolic),
					type: TYPE[symbolic[0]!] ?? 'other',
					owner: ls[3]!,
					group: ls[4]!,
					name: lsUnquote(arrow >= 0 ? shown.slice(0, arrow) : shown),
					symbolic,
					...(ls[2] === '+' ? { acl: true } : {}),
					...(arrow >= 0 ? { target: shown.slice(arrow + 4) } : {}),
				},
			});
			continue;
		}
		const access =
			/^Access: \((\d{3,4})\/(\S{10})\)\s+Uid: \(\s*(\d+)\/\s*([^)]*)\)\s+Gid: \(\s*(\d+)\/\s*([^)]*)\)/.exec(
				line,
			);
		if (access) {
			let name = '';
			for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
				const f = /^\s*File: (.*)$/.exec(lines[k]!);
				if (f) {
					name = lsUnquote(
						f[1]!
							.trim()
							.replace(/ -> .*$/, '')
							.replace(/^‘(.*)’$/, '$1'),
					);
					break;
				}
			}
			const symbolic = access[2]!;
			out.push({
				kind: 'stat',
				entry: {
					mode: parseInt(access[1]!, 8),
					type: TYPE[symbolic[0]!] ?? 'other',
					owner: access[4]!.trim(),
					group: access[6]!.trim(),
					uid: Number(access[3]),
					gid: Number(access[5]),
					name,
					symbolic,
				},
			});
		}
	}
	return out;
}

// whoami /groups in any language: headers, types and attribute texts are translated, and the
// console pads columns by display width (a CJK character takes two cells), so a row is cut at the
// ===== ruler by display width, and the SID (the same in every language) anchors each row. A
// narrow console wraps the attributes onto the next line; /fo list and /fo csv are read too.
const WIDE =
	/[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const SID_IN = /(?:^|\s)(S-1-\d+(?:-\d+)*)(?=\s|$)/;
const RULER = /^=+(?: +=+)+ *$/;

/** The text between display columns [from, to) of a line (to undefined: to the end). */
function cells(line: string, from: number, to?: number): string {
	let col = 0;
	let out = '';
	for (const ch of line) {
		if (col >= from && (to === undefined || col < to)) out += ch;
		col += WIDE.test(ch) ? 2 : 1;
	}
	return out.trim();
}

const attrList = (s: string) =>
	s.trim()
		? s
				.split(',')
				.map((a) => a.trim())
				.filter(Boolean)
		: [];

function whoamiTable(lines: string[]): WhoamiBlock | undefined {
	const groups: WinGroup[] = [];
	let user: WhoamiBlock['user'];
	for (let i = 0; i < lines.length; i++) {
		if (!RULER.test(lines[i]!)) continue;
		const cols = [...lines[i]!.matchAll(/=+/g)].map((m) => m.index);
		if (cols.length === 2) {
			// USER INFORMATION (whoami /all): "User Name  SID".
			const row = lines[i + 1] ?? '';
			const sid = SID_IN.exec(row);
			if (sid) user = { name: cells(row, 0, cols[1]), sid: sid[1]! };
			continue;
		}
		if (cols.length !== 4) continue;
		let k = i + 1;
		for (; k < lines.length && !RULER.test(lines[k]!); k++) {
			const row = lines[k]!;
			const sid = SID_IN.exec(row);
			if (!sid) {
				// A wrapped row: its attributes continue on the next, indented line.
				const last = groups[groups.length - 1];
				if (
					last &&
					!last.attributes.length &&
					/^\s+\S/.test(row) &&
					!/^Mandatory Label|^\S/.test(row)
				)
					last.attributes = attrList(row);
				continue;
			}
			groups.push({
				name: cells(row, 0, cols[1]),
				type: cells(row, cols[1]!, cols[2]),
				sid: sid[1]!,
				attributes: attrList(row.slice(sid.index + sid[0].length)),
			});
		}
		i = k - 1;
	}
	return groups.length ? { kind: 'whoami-groups', groups, ...(user ? { user } : {}) } : undefined;
}

/** whoami /groups /fo list: blocks of four "Label: value" lines, the third holding the SID. */
function whoamiList(lines: string[]): WhoamiBlock | undefined {
	const groups: WinGroup[] = [];
	const value = (l: string | undefined) =>
		l && l.includes(':') ? l.slice(l.indexOf(':') + 1).trim() : undefined;
	for (let i = 2; i < lines.length; i++) {
		const m = /^\s*SID\s*:\s*(S-1-\d+(?:-\d+)*)\s*$/.exec(lines[i]!);
		const name = value(lines[i - 2]);
		const type = value(lines[i - 1]);
		if (!m || name === undefined || type === undefined) continue;
		groups.push({ name, type, sid: m[1]!, attributes: attrList(value(lines[i + 1]) ?? '') });
	}
	return groups.length ? { kind: 'whoami-groups', groups } : undefined;
}

/** whoami /groups /fo csv: "name","type","SID","attributes". */
function whoamiCsv(lines: string[]): WhoamiBlock | undefined {
	const groups: WinGroup[] = [];
	for (const l of lines) {
		const m = /^"([^"]*)","([^"]*)","(S-1-\d+(?:-\d+)*)","([^"]*)"\s*$/.exec(l.trim());
		if (m) groups.push({ name: m[1]!, type: m[2]!, sid: m[3]!, attributes: attrList(m[4]!) });
	}
	return groups.length ? { kind: 'whoami-groups', groups } : undefined;
}

function parseWhoami(lines: string[]): WhoamiBlock[] {
	const b = whoamiTable(lines) ?? whoamiList(lines) ?? whoamiCsv(lines);
	return b ? [b] : [];
}

function parseId(lines: string[]): IdBlock[] {
	for (const l of lines) {
		const m = /^uid=(\d+)\(([^)]*)\) gid=(\d+)\([^)]*\)(?: groups=(\S+))?/.exec(l.trim());
		if (!m) continue;
		const groups = (m[4] ?? '').split(',').flatMap((g) => {
			const p = /^(\d+)\(([^)]*)\)$/.exec(g);
			return p ? [{ id: Number(p[1]), name: p[2]! }] : [];
		});
		return [{ kind: 'id', uid: Number(m[1]), user: m[2]!, gid: Number(m[3]), groups }];
	}
	return [];
}

export function parsePermissionText(text: string): PermBlock[] {
	const lines = text.replace(/\r\n?/g, '\n').split('\n').slice(0, 5000);
	return [...parseIcacls(lines), ...parsePosix(lines), ...parseWhoami(lines), ...parseId(lines)];
}
