// chmod (GNU coreutils 9.1). Options and mode grammar: chmod(1) and the coreutils manual.
import { Builder, bool, finish, raw, rawList, str, warnEdges } from './common';
import { BITS, applyMode, compileMode, lsMode, octal } from './chmod-mode';
import { type Field, type Result, type Shell, type Spec, type State, type Value, l } from './types';

const MAN = 'https://www.gnu.org/software/coreutils/manual/html_node/chmod-invocation.html';
const MODES = 'https://www.gnu.org/software/coreutils/manual/html_node/File-permissions.html';
/** Default umask for the preview (it only matters for symbolic modes without u/g/o/a). */
export const UMASK = 0o022;
const umaskOf = (state: State): number | null => {
	const u = str(state, 'umask') || '022';
	return /^[0-7]{1,4}$/.test(u) && parseInt(u, 8) <= 0o777 ? parseInt(u, 8) : null;
};

const BIT_LABEL: Record<string, [string, string]> = {
	suid: ['setuid (4000)', 'setuid (4000)'], sgid: ['setgid (2000)', 'setgid (2000)'], sticky: ['sticky (1000)', '粘滞位 (1000)'],
	r: ['read', '读'], w: ['write', '写'], x: ['execute', '执行'],
};
const GROUPS: Record<string, [string, string]> = {
	s: ['Special bits', '特殊权限位'], u: ['Owner (u)', '所有者 (u)'], g: ['Group (g)', '组 (g)'], o: ['Others (o)', '其他人 (o)'],
};
const gridFields: Field[] = BITS.map(([name, bit]) => {
	const special = name.length > 2;
	const label = BIT_LABEL[special ? name : name[1]!]!;
	const group = GROUPS[special ? 's' : name[0]!]!;
	return { name, kind: 'checkbox', default: (0o755 & bit) !== 0, derived: true, label: l(label[0], label[1]), group: l(group[0], group[1]) };
});

export const spec: Spec = {
	id: 'chmod',
	title: l('chmod command generator', 'chmod 命令生成器'),
	description: l(
		'Build a chmod command from a permission grid, an octal mode or a symbolic mode such as u+x,g-w, and see the result as ls -l shows it.',
		'通过权限网格、八进制模式或 u+x,g-w 这样的符号模式生成 chmod 命令，并查看 ls -l 显示的结果。',
	),
	shells: ['bash'],
	fields: [
		{ name: 'mode', kind: 'text', default: '755', param: 'm', label: l('Mode (octal or symbolic)', '模式（八进制或符号）'), help: l('Examples: 755, 1777, 4755, u+x,g-w,o=r, a+t, go-w.', '例如：755、1777、4755、u+x,g-w,o=r、a+t、go-w。') },
		...gridFields,
		{ name: 'type', kind: 'select', default: 'file', label: l('Target type', '目标类型'), options: [{ value: 'file', label: l('Regular file', '普通文件') }, { value: 'dir', label: l('Directory', '目录') }] },
		{ name: 'current', kind: 'text', default: '644', param: 'cur', label: l('Current mode (for the preview)', '当前模式（用于预览）'), help: l('Symbolic modes change the current bits.', '符号模式在当前权限上修改。') },
		{ name: 'umask', kind: 'text', default: '022', param: 'um', label: l('umask of the shell that runs chmod (for the preview)', '运行 chmod 的 shell 的 umask（用于预览）'), help: l('Run umask to see yours: 022 is common for root, 002 for users with their own group. It matters only for +, - or = without u, g, o or a.', '运行 umask 可查看：root 通常为 022，拥有同名私有组的用户通常为 002。只有不带 u、g、o、a 的 +、-、= 才受它影响。') },
		{ name: 'paths', kind: 'list', default: ['myfile'], param: 'p', label: l('Files or directories, one per line', '文件或目录，每行一个') },
		{ name: 'recursive', kind: 'checkbox', default: false, param: 'R', label: l('Recursive (-R)', '递归 (-R)') },
		{ name: 'report', kind: 'select', default: '', param: 'out', label: l('Report', '输出'), options: [{ value: '', label: l('Errors only', '仅错误') }, { value: 'v', label: l('Every file (-v)', '每个文件 (-v)') }, { value: 'c', label: l('Only changes (-c)', '仅变化 (-c)') }] },
		{ name: 'reference', kind: 'text', default: '', param: 'ref', label: l('Copy the mode of (--reference)', '复制此文件的模式 (--reference)'), help: l('When set, the mode above is not used.', '填写后将不使用上面的模式。') },
	],
};

/** Preview: the mode a target of `type` with mode `current` gets; null for an invalid mode. */
export function preview(state: State): { mode: number; ls: string; umaskDependent: boolean } | null {
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
	b.add('chmod', l('Change file mode bits.', '修改文件权限位。'), MAN);
	if (bool(state, 'recursive')) {
		b.add('-R', l('Also change everything below each directory; symlinks met on the way are ignored.', '同时修改目录下的所有内容；遍历中遇到的符号链接会被忽略。'), MAN);
		const roots = paths.map(rootness);
		if (roots.some((r) => r !== 'no')) {
			b.add('--preserve-root', l('Refuse to work recursively on / (chmod does not by default).', '拒绝对 / 递归操作（chmod 默认不拒绝）。'), MAN);
			const shown = paths.filter((_, i) => roots[i] === 'root');
			if (shown.length)
				b.warn(l(`${shown.join(', ')} is the root directory /: -R on it would change every file on the system. --preserve-root was added so chmod refuses.`, `${shown.join('、')} 就是根目录 /：对它使用 -R 会修改系统上的所有文件。已加入 --preserve-root，使 chmod 拒绝执行。`));
			else
				b.warn(l('A relative path that climbs with .. may reach / : --preserve-root was added so chmod refuses -R on /.', '用 .. 向上的相对路径可能到达 /：已加入 --preserve-root，使 chmod 拒绝对 / 递归操作。'));
		}
	}
	// chmod(1): GNU getopt also reads options after operands, and -w, -x, -r … are MODE-like
	// options, so any operand starting with - needs the end-of-options marker before it.
	const endOptions = () =>
		b.add('--', l('End of options: everything after it is a MODE or a file name, even when it starts with -.', '选项结束标记：其后的内容都是 MODE 或文件名，即使以 - 开头。'), MAN);
	const dashPath = paths.some((p) => p.startsWith('-'));
	const report = str(state, 'report');
	if (report === 'v') b.add('-v', l('Print a line for every file processed.', '为处理的每个文件输出一行。'), MAN);
	if (report === 'c') b.add('-c', l('Print a line only when a mode actually changed.', '仅在模式确实改变时输出。'), MAN);
	if (ref) {
		b.add(`--reference=${ref}`, l(`Use the mode of ${ref} instead of a MODE.`, `使用 ${ref} 的模式代替 MODE。`), MAN, 'reference');
		if (dashPath) endOptions();
	} else {
		const p = preview(state);
		if (!compileMode(mode)) b.error('mode', l('Not a valid mode: use 1–4 octal digits or [ugoa][+-=][rwxXst], separated by commas.', '模式无效：请使用 1–4 位八进制数字，或以逗号分隔的 [ugoa][+-=][rwxXst]。'));
		if (!/^[0-7]{1,4}$/.test(str(state, 'current') || '644')) b.error('current', l('Current mode must be 1–4 octal digits.', '当前模式必须是 1–4 位八进制数字。'));
		if (umaskOf(state) === null) b.error('umask', l('A umask is 1–3 octal digits, such as 022 or 002.', 'umask 是 1–3 位八进制数字，例如 022 或 002。'));
		if (mode.startsWith('-') || dashPath) endOptions();
		const what = isDir ? l('directory', '目录') : l('file', '文件');
		const cur = str(state, 'current') || '644';
		const um = str(state, 'umask') || '022';
		b.add(mode, p
			? p.umaskDependent
				? l(`Mode. With umask ${um}, a ${what.en} that is now ${cur} becomes ${octal(p.mode)} (${p.ls}). Without u, g, o or a, the bits set in the umask are left alone, so another umask gives another result.`, `模式。在 umask 为 ${um} 时，当前为 ${cur} 的${what['zh-CN']}将变为 ${octal(p.mode)}（${p.ls}）。不写 u、g、o 或 a 时，umask 中置位的权限位不会被修改，因此 umask 不同，结果也不同。`)
				: l(`Mode. A ${what.en} that is now ${cur} becomes ${octal(p.mode)} (${p.ls}).`, `模式。当前为 ${cur} 的${what['zh-CN']}将变为 ${octal(p.mode)}（${p.ls}）。`)
			: l('Mode.', '模式。'), MODES, 'mode');
		if (p) warnings(b, p.mode, isDir, paths);
	}
	if (paths.length === 0) b.error('paths', l('Give at least one file or directory.', '请至少填写一个文件或目录。'));
	for (const path of paths) b.add(path, l('File or directory to change.', '要修改的文件或目录。'), MAN, 'paths');
	return finish(b, shell);
}

function warnings(b: Builder, mode: number, isDir: boolean, paths: string[]): void {
	if (isDir && mode & 0o002 && !(mode & 0o1000))
		b.warn(l('World-writable directory without the sticky bit: anyone can delete or rename anyone\'s files in it. /tmp uses 1777.', '全局可写但没有粘滞位的目录：任何人都能删除或重命名其中他人的文件。/tmp 使用 1777。'));
	if (!isDir && mode & 0o002) b.warn(l('Anyone can modify this file (others have write permission).', '任何人都能修改此文件（其他人拥有写权限）。'));
	if (!isDir && mode & 0o6000 && paths.some((p) => SCRIPT.test(p)))
		b.warn(l('Linux ignores setuid/setgid on interpreted scripts; the bits only add risk. Use sudo or a compiled helper.', 'Linux 会忽略解释型脚本上的 setuid/setgid；这些位只会带来风险。请改用 sudo 或编译后的程序。'));
	else if (!isDir && mode & 0o4000) b.warn(l('setuid: the program runs with the file owner\'s rights (root, if root owns it).', 'setuid：程序将以文件所有者的权限运行（若所有者是 root 则为 root 权限）。'));
}
