// chmod (GNU coreutils 9.1). Options and mode grammar: chmod(1) and the coreutils manual.
import { Builder, bool, finish, list, str } from './common';
import { BITS, applyMode, compileMode, lsMode, octal } from './chmod-mode';
import { type Field, type Result, type Shell, type Spec, type State, type Value, l } from './types';

const MAN = 'https://www.gnu.org/software/coreutils/manual/html_node/chmod-invocation.html';
const MODES = 'https://www.gnu.org/software/coreutils/manual/html_node/File-permissions.html';
/** The preview assumes the common umask 022 (it only matters for symbolic modes without u/g/o/a). */
export const UMASK = 0o022;

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
		{ name: 'current', kind: 'text', default: '644', param: 'cur', label: l('Current mode (for the preview)', '当前模式（用于预览）'), help: l('Symbolic modes change the current bits; the preview assumes umask 022.', '符号模式在当前权限上修改；预览假设 umask 为 022。') },
		{ name: 'paths', kind: 'list', default: ['myfile'], param: 'p', label: l('Files or directories, one per line', '文件或目录，每行一个') },
		{ name: 'recursive', kind: 'checkbox', default: false, param: 'R', label: l('Recursive (-R)', '递归 (-R)') },
		{ name: 'report', kind: 'select', default: '', param: 'out', label: l('Report', '输出'), options: [{ value: '', label: l('Errors only', '仅错误') }, { value: 'v', label: l('Every file (-v)', '每个文件 (-v)') }, { value: 'c', label: l('Only changes (-c)', '仅变化 (-c)') }] },
		{ name: 'reference', kind: 'text', default: '', param: 'ref', label: l('Copy the mode of (--reference)', '复制此文件的模式 (--reference)'), help: l('When set, the mode above is not used.', '填写后将不使用上面的模式。') },
	],
};

/** Preview: the mode a target of `type` with mode `current` gets; null for an invalid mode. */
export function preview(state: State): { mode: number; ls: string } | null {
	const changes = compileMode(str(state, 'mode'));
	const cur = str(state, 'current') || '644';
	if (!changes || !/^[0-7]{1,4}$/.test(cur)) return null;
	const isDir = str(state, 'type') === 'dir';
	const mode = applyMode(parseInt(cur, 8), isDir, UMASK, changes);
	return { mode, ls: lsMode(mode, isDir) };
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
	const ref = str(state, 'reference');
	const paths = list(state, 'paths');
	const isDir = str(state, 'type') === 'dir';
	b.add('chmod', l('Change file mode bits.', '修改文件权限位。'), MAN);
	if (bool(state, 'recursive')) {
		b.add('-R', l('Also change everything below each directory; symlinks met on the way are ignored.', '同时修改目录下的所有内容；遍历中遇到的符号链接会被忽略。'), MAN);
		if (paths.some((p) => /^\/+$/.test(p))) {
			b.add('--preserve-root', l('Refuse to work recursively on /.', '拒绝对 / 递归操作。'), MAN);
			b.warn(l('-R on / would change every file on the system. --preserve-root was added so chmod refuses.', '对 / 使用 -R 会修改系统上的所有文件。已加入 --preserve-root，使 chmod 拒绝执行。'));
		}
	}
	const report = str(state, 'report');
	if (report === 'v') b.add('-v', l('Print a line for every file processed.', '为处理的每个文件输出一行。'), MAN);
	if (report === 'c') b.add('-c', l('Print a line only when a mode actually changed.', '仅在模式确实改变时输出。'), MAN);
	if (ref) {
		b.add(`--reference=${ref}`, l(`Use the mode of ${ref} instead of a MODE.`, `使用 ${ref} 的模式代替 MODE。`), MAN, 'reference');
	} else {
		const p = preview(state);
		if (!compileMode(mode)) b.error('mode', l('Not a valid mode: use 1–4 octal digits or [ugoa][+-=][rwxXst], separated by commas.', '模式无效：请使用 1–4 位八进制数字，或以逗号分隔的 [ugoa][+-=][rwxXst]。'));
		if (!/^[0-7]{1,4}$/.test(str(state, 'current') || '644')) b.error('current', l('Current mode must be 1–4 octal digits.', '当前模式必须是 1–4 位八进制数字。'));
		if (mode.startsWith('-')) b.add('--', l('End of options, so a mode starting with - is not read as an option.', '选项结束标记，使以 - 开头的模式不被当作选项。'), MAN);
		const what = isDir ? l('directory', '目录') : l('file', '文件');
		b.add(mode, p
			? l(`Mode. A ${what.en} that is now ${str(state, 'current') || '644'} becomes ${octal(p.mode)} (${p.ls}).`, `模式。当前为 ${str(state, 'current') || '644'} 的${what['zh-CN']}将变为 ${octal(p.mode)}（${p.ls}）。`)
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
