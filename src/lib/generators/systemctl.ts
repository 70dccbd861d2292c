// systemctl status. Exit status: systemctl(1) "EXIT STATUS", table "LSB return codes" (systemd 252).
import { Builder, bool, finish, str } from './common';
import { type Result, type Shell, type Spec, type State, l } from './types';

const MAN = 'https://man7.org/linux/man-pages/man1/systemctl.1.html';

/** What `systemctl status` exits with; the LSB wording and systemd's use of each value. */
export const EXIT_CODES = [
	{ code: 0, meaning: l('Unit is active ("program is running or service is OK").', '单元处于活动状态（“程序正在运行或服务正常”）。') },
	{ code: 1, meaning: l('"Program is dead and /var/run pid file exists" (LSB); systemd uses it for is-failed.', '“程序已停止但 /var/run 中的 pid 文件仍存在”（LSB）；systemd 将其用于 is-failed。') },
	{ code: 2, meaning: l('"Program is dead and /var/lock lock file exists" (LSB); unused by systemd.', '“程序已停止但 /var/lock 中的锁文件仍存在”（LSB）；systemd 不使用。') },
	{ code: 3, meaning: l('Unit is not active (stopped or failed), whether or not it is enabled.', '单元不处于活动状态（已停止或失败），与是否启用无关。') },
	{ code: 4, meaning: l('Status unknown: usually no such unit.', '状态未知：通常是没有这个单元。') },
];

export const spec: Spec = {
	id: 'systemctl',
	title: l('systemctl status command generator', 'systemctl status 命令生成器'),
	description: l('Build a systemctl status command for a unit and read its exit code the LSB way (0 active, 3 not running, 4 no such unit).', '为某个单元生成 systemctl status 命令，并按 LSB 规则解读其退出代码（0 活动、3 未运行、4 无此单元）。'),
	shells: ['bash'],
	fields: [
		{ name: 'unit', kind: 'text', default: 'nginx.service', param: 'u', label: l('Unit', '单元'), help: l('For example nginx.service or docker.socket. A name without a suffix means .service.', '例如 nginx.service 或 docker.socket。不带后缀的名称视为 .service。') },
		{ name: 'user', kind: 'checkbox', default: false, label: l('User unit (--user)', '用户单元 (--user)') },
		{ name: 'full', kind: 'checkbox', default: false, param: 'l', label: l('Do not shorten lines (-l)', '不截断行 (-l)') },
		{ name: 'lines', kind: 'number', default: '', param: 'n', min: 0, label: l('Journal lines to show (-n)', '显示的日志行数 (-n)') },
		{ name: 'noPager', kind: 'checkbox', default: true, param: 'np', label: l('No pager (--no-pager)', '不使用分页器 (--no-pager)') },
	],
};

export function generate(state: State, shell: Shell): Result {
	const b = new Builder();
	b.add('systemctl', l('Control and inspect systemd units.', '控制和查看 systemd 单元。'), MAN);
	if (bool(state, 'user')) b.add('--user', l('Talk to the user\'s service manager instead of the system one.', '连接当前用户的服务管理器，而不是系统的。'), MAN);
	b.add('status', l(`Show the unit's state and its latest log lines. Exit code: ${EXIT_CODES.map((e) => `${e.code} = ${e.meaning.en}`).join(' ')}`, `显示单元状态及最新的日志行。退出代码：${EXIT_CODES.map((e) => `${e.code} = ${e.meaning['zh-CN']}`).join(' ')}`), MAN);
	if (bool(state, 'full')) b.add('-l', l('Show full lines instead of cutting them at the terminal width.', '显示完整行，不按终端宽度截断。'), MAN);
	const n = str(state, 'lines');
	if (n) {
		if (!/^\d{1,6}$/.test(n)) b.error('lines', l('A whole number (0 hides the log lines).', '整数（0 表示不显示日志行）。'));
		b.add('-n', l('Number of journal lines to show.', '要显示的日志行数。'), MAN);
		b.add(n, l('Lines.', '行数。'), MAN, 'lines');
	}
	if (bool(state, 'noPager')) b.add('--no-pager', l('Print directly instead of opening less.', '直接输出，不打开 less。'), MAN);
	const unit = str(state, 'unit');
	if (!unit) b.error('unit', l('Give a unit name.', '请填写单元名称。'));
	else if (!/^[A-Za-z0-9:_.\\@*?\[\]-]+$/.test(unit)) b.error('unit', l('Unit names use letters, digits and : _ . \\ @ - only.', '单元名称只能包含字母、数字以及 : _ . \\ @ -。'));
	// A leading - would be read as options (-H host makes systemctl ssh to it); the root slice is
	// really named -.slice (systemd.slice(5)), and systemctl itself says to use "--" for such units.
	if (unit.startsWith('-'))
		b.add('--', l('End of options: the unit name starts with -, and without this systemctl would read it as options.', '选项结束标记：单元名称以 - 开头，没有它 systemctl 会把名称当作选项。'), MAN);
	b.add(unit, l('The unit to inspect.', '要查看的单元。'), MAN, 'unit');
	return finish(b, shell);
}
