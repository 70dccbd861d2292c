// chmod (GNU coreutils 9.1). Options and mode grammar: chmod(1) and the coreutils manual.
import { msg } from '../../i18n/msg';
import { Builder, bool, finish, joinMsgs, raw, rawList, str, warnEdges } from './common';
import { renderPosix } from './render-posix';
import { BITS, applyMode, compileMode, lsMode, octal } from './chmod-mode';
import { type Field, type Result, type Shell, type Spec, type State, type Value } from './types';

const MAN = 'https://www.gnu.org/software/coreutils/manual/html_node/chmod-invocation.html';
const MODES = 'https://www.gnu.org/software/coreutils/manual/html_node/File-permissions.html';
/** Default umask for the preview (it only matters for symbolic modes without u/g/o/a). */
export const UMASK = 0o022;
const umaskOf = (state: State): number | null => {
	const u = str(state, 'umask') || '022';
	return /^[0-7]{1,4}$/.test(u) && parseInt(u, 8) <= 0o777 ? parseInt(u, 8) : null;
};

const gridFields: Field[] = BITS.map(([name, bit]) => {
	const special = name.length > 2;
	// Catalog keys gen.chmod.bit.<suid|sgid|sticky|r|w|x> and gen.chmod.group.<s|u|g|o>.
	const label = msg(`gen.chmod.bit.${special ? name : name[1]!}`);
	const group = msg(`gen.chmod.group.${special ? 's' : name[0]!}`);
	return { name, kind: 'checkbox', default: (0o755 & bit) !== 0, derived: true, label, group };
});

export const spec: Spec = {
	id: 'chmod',
	description: msg('gen.chmod.description'),
	shells: ['bash'],
	fields: [
		{
			name: 'mode',
			kind: 'text',
			default: '755',
			param: 'm',
			label: msg('gen.chmod.field.mode.label'),
			help: msg('gen.chmod.field.mode.help'),
		},
		...gridFields,
		{
			name: 'type',
			kind: 'select',
			default: 'file',
			label: msg('gen.chmod.field.type.label'),
			options: [
				{ value: 'file', label: msg('gen.chmod.field.type.label.regularFile') },
				{ value: 'dir', label: msg('gen.chmod.field.type.label.directory') },
			],
		},
		{
			name: 'current',
			kind: 'text',
			default: '644',
			param: 'cur',
			label: msg('gen.chmod.field.current.label'),
			help: msg('gen.chmod.field.current.help'),
		},
		{
			name: 'umask',
			kind: 'text',
			default: '022',
			param: 'um',
			label: msg('gen.chmod.field.umask.label'),
			help: msg('gen.chmod.field.umask.help'),
		},
		{
			name: 'paths',
			kind: 'list',
			default: ['myfile'],
			param: 'p',
			label: msg('gen.chmod.field.paths.label'),
		},
		{
			name: 'recursive',
			kind: 'checkbox',
			default: false,
			param: 'R',
			label: msg('gen.chmod.field.recursive.label'),
		},
		{
			name: 'report',
			kind: 'select',
			default: '',
			param: 'out',
			label: msg('gen.chmod.field.report.label'),
			options: [
				{ value: '', label: msg('gen.chmod.field.report.label.errorsOnly') },
				{ value: 'v', label: msg('gen.chmod.field.report.label.everyFileV') },
				{ value: 'c', label: msg('gen.chmod.field.report.label.onlyChangesC') },
			],
		},
		{
			name: 'reference',
			kind: 'text',
			default: '',
			param: 'ref',
			label: msg('gen.chmod.field.reference.label'),
			help: msg('gen.chmod.field.reference.help'),
		},
	],
};

/** Preview: the mode a target of `type` with mode `current` gets; null for an invalid mode. */
export function preview(
	state: State,
): { mode: number; ls: string; umaskDependent: boolean } | null {
	const changes = compileMode(str(state, 'mode'));
	const cur = str(state, 'current') || '644';
	const umask = umaskOf(state);
	if (!changes || !/^[0-7]{1,4}$/.test(cur) || umask === null) return null;
	const isDir = str(state, 'type') === 'dir';
	const mode = applyMode(parseInt(cur, 8), isDir, umask, changes);
	// chmod(1): without u, g, o or a, "bits that are set in the umask are not affected".
	const umaskDependent = changes.some((c) => c.affected === 0);
	return { mode, ls: lsMode(mode, isDir), umaskDependent };
}

/**
 * Whether a path names / or may: a lexical canonical form (//, /., /.., /usr/.. are all /), or a
 * relative path that climbs above the working directory (which may be /). --preserve-root works
 * on the device and inode of /, so adding it where it is not needed changes nothing.
 */
export function rootness(path: string): 'root' | 'maybe' | 'no' {
	let depth = 0;
	let climbed = false;
	for (const seg of path.split('/')) {
		if (seg === '' || seg === '.') continue;
		if (seg === '..') {
			if (depth > 0) depth--;
			else climbed = true;
		} else depth++;
	}
	if (path.startsWith('/')) return depth === 0 ? 'root' : 'no';
	return climbed && depth === 0 ? 'maybe' : 'no';
}

/** The lexical canonical form of an absolute path (what realpath -m -s prints). */
export function canonical(path: string): string {
	const out: string[] = [];
	for (const seg of path.split('/')) {
		if (seg === '' || seg === '.') continue;
		if (seg === '..') out.pop();
		else out.push(seg);
	}
	return `/${out.join('/')}`;
}

/** Keep the grid and the mode text in step: whichever the user changed drives the other. */
export function sync(state: State, changed: string): State {
	const next: Record<string, Value> = { ...state };
	if (BITS.some(([n]) => n === changed)) {
		const m = BITS.reduce((acc, [n, bit]) => (state[n] === true ? acc | bit : acc), 0);
		next.mode = m > 0o777 ? m.toString(8).padStart(4, '0') : octal(m);
	} else {
		const p = preview(state);
		if (p) for (const [n, bit] of BITS) next[n] = (p.mode & bit) !== 0;
	}
	return next;
}

const SCRIPT = /\.(sh|bash|py|pl|rb|php)$/i;

export function generate(state: State, shell: Shell): Result {
	const b = new Builder();
	const mode = str(state, 'mode');
	// File names are used exactly as typed: leading or trailing spaces are part of a Linux name.
	const ref = raw(state, 'reference');
	const paths = rawList(state, 'paths');
	const isDir = str(state, 'type') === 'dir';
	for (const p of [ref, ...paths]) if (p) warnEdges(b, p);
	b.add('chmod', msg('gen.chmod.tok.chmod'), MAN);
	if (bool(state, 'recursive')) {
		b.add('-R', msg('gen.chmod.tok.R'), MAN);
		const roots = paths.map(rootness);
		if (roots.some((r) => r !== 'no')) {
			b.add('--preserve-root', msg('gen.chmod.tok.preserve-root'), MAN);
			const shown = paths.filter((_, i) => roots[i] === 'root');
			if (shown.length) b.warn(msg('gen.chmod.warn.rootPath', { paths: joinMsgs(shown, 'comma') }));
			else b.warn(msg('gen.chmod.warn.aRelativePathThat'));
		}
	}
	// chmod(1): GNU getopt also reads options after operands, and -w, -x, -r … are MODE-like
	// options, so any operand starting with - needs the end-of-options marker before it.
	const endOptions = () => b.add('--', msg('gen.chmod.tok.endOfOptionsEverything'), MAN);
	const dashPath = paths.some((p) => p.startsWith('-'));
	const report = str(state, 'report');
	if (report === 'v') b.add('-v', msg('gen.chmod.tok.v'), MAN);
	if (report === 'c') b.add('-c', msg('gen.chmod.tok.c'), MAN);
	if (ref) {
		b.add(`--reference=${ref}`, msg('gen.chmod.tok.useTheModeOf', { ref }), MAN, 'reference');
		if (dashPath) endOptions();
	} else {
		const p = preview(state);
		if (!compileMode(mode)) b.error('mode', msg('gen.chmod.err.mode.notAValidMode'));
		if (!/^[0-7]{1,4}$/.test(str(state, 'current') || '644'))
			b.error('current', msg('gen.chmod.err.current.currentModeMustBe'));
		if (umaskOf(state) === null) b.error('umask', msg('gen.chmod.err.umask.aUmaskIs1'));
		if (mode.startsWith('-') || dashPath) endOptions();
		const what = isDir ? msg('gen.chmod.what.dir') : msg('gen.chmod.what.file');
		const cur = str(state, 'current') || '644';
		const um = str(state, 'umask') || '022';
		b.add(
			mode,
			p
				? p.umaskDependent
					? msg('gen.chmod.tok.modeUmask', { um, what, cur, mode: octal(p.mode), ls: p.ls })
					: msg('gen.chmod.tok.modeResult', { what, cur, mode: octal(p.mode), ls: p.ls })
				: msg('gen.chmod.tok.mode'),
			MODES,
			'mode',
		);
		if (p) warnings(b, p.mode, isDir, paths);
	}
	if (paths.length === 0) b.error('paths', msg('gen.chmod.err.paths.giveAtLeastOne'));
	for (const path of paths) b.add(path, msg('gen.chmod.tok.fileOrDirectoryTo'), MAN, 'paths');
	return finish(b, shell, renderPosix);
}

function warnings(b: Builder, mode: number, isDir: boolean, paths: string[]): void {
	if (isDir && mode & 0o002 && !(mode & 0o1000))
		b.warn(msg('gen.chmod.warn.worldWritableDirectoryWithout'));
	if (!isDir && mode & 0o002) b.warn(msg('gen.chmod.warn.anyoneCanModifyThis'));
	if (!isDir && mode & 0o6000 && paths.some((p) => SCRIPT.test(p)))
		b.warn(msg('gen.chmod.warn.linuxIgnoresSetuidSetgid'));
	else if (!isDir && mode & 0o4000) b.warn(msg('gen.chmod.warn.setuidTheProgramRuns'));
}
