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
const LS = new RegExp(`^(${SYMBOLIC})[.+@]?\\s+\\d+\\s+(\\S+)\\s+(\\S+)\\s+\\S+\\s+(.+)$`);
// The date takes 3 fields (Jun  1 10:00 / Jun  1  2024) or 2 (--time-style=long-iso / full-iso: 3).
const LS_DATE = /^(?:[A-Z][a-z]{2}\s+\d{1,2}\s+(?:\d{1,2}:\d\d|\d{4})|\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d(?:\.\d+)?(?: [+-]\d{4})?)?)\s+(.+)$/;

function parsePosix(lines: string[]): PosixBlock[] {
	const out: PosixBlock[] = [];
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!.trimEnd();
		const ls = LS.exec(line);
		if (ls) {
			const rest = LS_DATE.exec(ls[4]!);
			const symbolic = ls[1]!;
			out.push({
				kind: 'ls',
				entry: {
					mode: modeFromSymbolic(symbolic),
					type: TYPE[symbolic[0]!] ?? 'other',
					owner: ls[2]!,
					group: ls[3]!,
					name: (rest ? rest[1]! : ls[4]!).replace(/ -> .*$/, ''),
					symbolic,
				},
			});
			continue;
		}
		const access = /^Access: \((\d{3,4})\/(\S{10})\)\s+Uid: \(\s*(\d+)\/\s*([^)]*)\)\s+Gid: \(\s*(\d+)\/\s*([^)]*)\)/.exec(line);
		if (access) {
			let name = '';
			for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
				const f = /^\s*File: (.*)$/.exec(lines[k]!);
				if (f) {
					name = f[1]!.trim().replace(/^'(.*)'$/, '$1').replace(/ -> .*$/, '');
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

function parseWhoami(lines: string[]): WhoamiBlock[] {
	const sep = lines.findIndex((l) => /^=+( =+){3}\s*$/.test(l.trim()) && /^=/.test(l));
	if (sep < 0) return [];
	// Column widths come from the ===== ruler, because group names contain spaces.
	const cols = [...lines[sep]!.matchAll(/=+/g)].map((m) => m.index);
	const cut = (l: string, k: number) => l.slice(cols[k], cols[k + 1] ?? l.length).trim();
	const groups: WinGroup[] = [];
	for (const l of lines.slice(sep + 1)) {
		if (!l.trim()) {
			if (groups.length) break;
			continue;
		}
		if (l.length < (cols[2] ?? 0)) continue;
		const sid = cut(l, 2);
		if (!/^S-1-/.test(sid)) continue;
		const attrs = cut(l, 3);
		groups.push({
			name: cut(l, 0),
			type: cut(l, 1),
			sid,
			attributes: attrs ? attrs.split(',').map((a) => a.trim()) : [],
		});
	}
	return groups.length ? [{ kind: 'whoami-groups', groups }] : [];
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
