// GNU chmod mode semantics (coreutils 9.1: chmod(1), info "File permissions"; the algorithm is
// gnulib's modechange.c). Pure functions so the page can preview the result of a mode.
const SUID = 0o4000;
const SGID = 0o2000;
const SVTX = 0o1000;
const ALL = 0o7777;
const RWXU = 0o700;
const RWXG = 0o070;
const RWXO = 0o007;
const R = 0o444;
const W = 0o222;
const X = 0o111;

interface Change {
	op: '=' | '+' | '-';
	flag: 'ordinary' | 'copy' | 'xIfAnyX';
	affected: number;
	value: number;
	mentioned: number;
}

/** Parse a MODE argument; null when chmod would reject it ("invalid mode"). */
export function compileMode(mode: string): Change[] | null {
	if (/^[0-7]+$/.test(mode)) {
		const v = parseInt(mode, 8);
		if (v > ALL) return null;
		// Numeric modes with fewer than 5 digits leave a directory's setuid/setgid alone unless set.
		const mentioned = mode.length < 5 ? (v & (SUID | SGID)) | SVTX | 0o777 : ALL;
		return [{ op: '=', flag: 'ordinary', affected: ALL, value: v, mentioned }];
	}
	const out: Change[] = [];
	let p = 0;
	const at = () => mode[p] ?? '';
	for (;;) {
		let affected = 0;
		for (;;) {
			const c = at();
			if (c === 'u') affected |= SUID | RWXU;
			else if (c === 'g') affected |= SGID | RWXG;
			else if (c === 'o') affected |= SVTX | RWXO;
			else if (c === 'a') affected |= ALL;
			else if (c === '=' || c === '+' || c === '-') break;
			else return null;
			p++;
		}
		do {
			const op = at() as Change['op'];
			p++;
			let value = 0;
			let mentioned = 0;
			let flag: Change['flag'] = 'copy';
			const c = at();
			if (/[0-7]/.test(c)) {
				let v = 0;
				while (/[0-7]/.test(at())) {
					v = v * 8 + Number(at());
					p++;
					if (v > ALL) return null;
				}
				if (affected || (at() && at() !== ',')) return null;
				affected = mentioned = ALL;
				value = v;
				flag = 'ordinary';
			} else if (c === 'u' || c === 'g' || c === 'o') {
				value = c === 'u' ? RWXU : c === 'g' ? RWXG : RWXO;
				p++;
			} else {
				flag = 'ordinary';
				for (;;) {
					const d = at();
					if (d === 'r') value |= R;
					else if (d === 'w') value |= W;
					else if (d === 'x') value |= X;
					else if (d === 'X') flag = 'xIfAnyX';
					else if (d === 's') value |= SUID | SGID;
					else if (d === 't') value |= SVTX;
					else break;
					p++;
				}
			}
			out.push({
				op,
				flag,
				affected,
				value,
				mentioned: mentioned || (affected ? affected & value : value),
			});
		} while (at() === '=' || at() === '+' || at() === '-');
		if (at() === ',') {
			p++;
			continue;
		}
		return at() === '' ? out : null;
	}
}

/** The mode chmod sets, given the old mode, file type and umask (gnulib mode_adjust). */
export function applyMode(old: number, isDir: boolean, umask: number, changes: Change[]): number {
	let mode = old & ALL;
	for (const ch of changes) {
		const omit = (isDir ? SUID | SGID : 0) & ~ch.mentioned;
		let value = ch.value;
		if (ch.flag === 'copy') {
			value &= mode;
			value |= (value & R ? R : 0) | (value & W ? W : 0) | (value & X ? X : 0);
		} else if (ch.flag === 'xIfAnyX' && (mode & X || isDir)) value |= X;
		value &= (ch.affected ? ch.affected : ~umask) & ~omit;
		if (ch.op === '=') {
			const preserved = (ch.affected ? ~ch.affected : 0) | omit;
			mode = (mode & preserved) | value;
		} else if (ch.op === '+') mode |= value;
		else mode &= ~value;
	}
	return mode & ALL;
}

/** `ls -l` style string, e.g. drwxrwxrwt (info: "What information is listed"). */
export function lsMode(mode: number, isDir: boolean): string {
	const tri = (r: number, w: number, x: number, special: boolean, on: string, off: string) =>
		(mode & r ? 'r' : '-') +
		(mode & w ? 'w' : '-') +
		(special ? (mode & x ? on : off) : mode & x ? 'x' : '-');
	return (
		(isDir ? 'd' : '-') +
		tri(0o400, 0o200, 0o100, !!(mode & SUID), 's', 'S') +
		tri(0o040, 0o020, 0o010, !!(mode & SGID), 's', 'S') +
		tri(0o004, 0o002, 0o001, !!(mode & SVTX), 't', 'T')
	);
}

export const octal = (mode: number): string => (mode & ALL).toString(8).padStart(3, '0');

/** Grid bit names in display order, with their mode bits. */
export const BITS = [
	['suid', SUID],
	['sgid', SGID],
	['sticky', SVTX],
	['ur', 0o400],
	['uw', 0o200],
	['ux', 0o100],
	['gr', 0o040],
	['gw', 0o020],
	['gx', 0o010],
	['or', 0o004],
	['ow', 0o002],
	['ox', 0o001],
] as const;
