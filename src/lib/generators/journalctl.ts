// journalctl (systemd 252). Options: journalctl(1), https://man7.org/linux/man-pages/man1/journalctl.1.html
import { Builder, bool, finish, list, str } from './common';
import { parseJournalTime } from './journal-time';
import { type L10n, type Result, type Shell, type Spec, type State, l } from './types';

const MAN = 'https://man7.org/linux/man-pages/man1/journalctl.1.html';
const TIME = 'https://man7.org/linux/man-pages/man7/systemd.time.7.html';
export const PRIORITIES = ['emerg', 'alert', 'crit', 'err', 'warning', 'notice', 'info', 'debug'] as const;
const OUTPUTS = ['short', 'short-full', 'short-iso', 'short-iso-precise', 'short-precise', 'short-monotonic', 'short-delta', 'short-unix', 'verbose', 'export', 'json', 'json-pretty', 'json-sse', 'json-seq', 'cat', 'with-unit'];
const opt = (value: string, en: string, zh = en) => ({ value, label: l(en, zh) });
const prioOptions = (none: L10n) => [{ value: '', label: none }, ...PRIORITIES.map((p, i) => opt(p, `${i} ${p}`))];

export const spec: Spec = {
	id: 'journalctl',
	title: l('journalctl command generator', 'journalctl 命令生成器'),
	description: l('Build a journalctl command: units, time window, priority, boot, kernel messages, output format, grep and field matches, or disk usage and vacuuming.', '生成 journalctl 命令：单元、时间范围、优先级、启动、内核消息、输出格式、grep 与字段匹配，或磁盘占用与清理。'),
	shells: ['bash'],
	fields: [
		{ name: 'action', kind: 'select', default: 'show', param: 'a', label: l('What to do', '操作'), options: [opt('show', 'Show log entries', '显示日志条目'), opt('list-boots', 'List boots (--list-boots)', '列出启动记录 (--list-boots)'), opt('disk-usage', 'Disk usage (--disk-usage)', '磁盘占用 (--disk-usage)'), opt('vacuum', 'Delete old archived journals (--vacuum-*)', '删除旧的归档日志 (--vacuum-*)')] },
		{ name: 'units', kind: 'list', default: [], param: 'u', label: l('Units (-u), one per line', '单元 (-u)，每行一个'), placeholder: 'nginx.service' },
		{ name: 'user', kind: 'checkbox', default: false, label: l('Current user\'s journal (--user)', '当前用户的日志 (--user)') },
		{ name: 'since', kind: 'text', default: '', param: 'S', label: l('Since (--since)', '起始时间 (--since)'), placeholder: '-1h', help: l('"2024-05-01 13:00", "2024-05-01", "13:00", today, yesterday, now, -1h, "2 days ago", @1714560000; add " UTC" for UTC.', '"2024-05-01 13:00"、"2024-05-01"、"13:00"、today、yesterday、now、-1h、"2 days ago"、@1714560000；加 " UTC" 表示 UTC 时间。') },
		{ name: 'until', kind: 'text', default: '', param: 'U', label: l('Until (--until)', '结束时间 (--until)') },
		{ name: 'priority', kind: 'select', default: '', param: 'p', label: l('Priority (-p): this level and more important', '优先级 (-p)：此级别及更重要的'), options: prioOptions(l('Any', '任意')) },
		{ name: 'priorityTo', kind: 'select', default: '', param: 'pt', label: l('… down to (range FROM..TO)', '……直到（范围 FROM..TO）'), options: prioOptions(l('No range', '不使用范围')) },
		{ name: 'numeric', kind: 'checkbox', default: false, param: 'pn', label: l('Write priorities as numbers', '用数字表示优先级') },
		{ name: 'boot', kind: 'select', default: '', param: 'b', label: l('Boot', '启动'), options: [opt('', 'All boots', '所有启动'), opt('0', 'Current boot (-b)', '本次启动 (-b)'), opt('-1', 'Previous boot (-b -1)', '上一次启动 (-b -1)'), opt('-2', 'Two boots ago (-b -2)', '上上次启动 (-b -2)')] },
		{ name: 'kernel', kind: 'checkbox', default: false, param: 'k', label: l('Kernel messages only (-k)', '仅内核消息 (-k)') },
		{ name: 'follow', kind: 'checkbox', default: false, param: 'f', label: l('Follow new entries (-f)', '持续跟踪新条目 (-f)') },
		{ name: 'lines', kind: 'number', default: '', param: 'n', min: 1, label: l('Newest N entries (-n)', '最新的 N 条 (-n)') },
		{ name: 'reverse', kind: 'checkbox', default: false, param: 'r', label: l('Newest first (-r)', '最新的在前 (-r)') },
		{ name: 'output', kind: 'select', default: '', param: 'o', label: l('Output format (-o)', '输出格式 (-o)'), options: [opt('', 'Default (short)', '默认 (short)'), ...OUTPUTS.map((o) => opt(o, o))] },
		{ name: 'grep', kind: 'text', default: '', param: 'g', label: l('Message matches (--grep, PCRE2)', '消息匹配 (--grep，PCRE2)') },
		{ name: 'matches', kind: 'list', default: [], param: 'm', label: l('Field matches, FIELD=value per line', '字段匹配，每行一个 FIELD=value'), placeholder: '_COMM=msiexec\nSYSLOG_IDENTIFIER=sshd\n_PID=1234' },
		{ name: 'noPager', kind: 'checkbox', default: true, param: 'np', label: l('No pager (--no-pager)', '不使用分页器 (--no-pager)') },
		{ name: 'vacuumTime', kind: 'text', default: '', param: 'vt', label: l('Vacuum: older than (--vacuum-time)', '清理：早于 (--vacuum-time)'), placeholder: '2weeks' },
		{ name: 'vacuumSize', kind: 'text', default: '', param: 'vs', label: l('Vacuum: down to size (--vacuum-size)', '清理：缩减到大小 (--vacuum-size)'), placeholder: '500M' },
	],
};

const prio = (p: string, numeric: boolean) => (numeric ? String(PRIORITIES.indexOf(p as never)) : p);

export function generate(state: State, shell: Shell): Result {
	const b = new Builder();
	b.add('journalctl', l('Query the systemd journal.', '查询 systemd 日志。'), MAN);
	const action = str(state, 'action') || 'show';
	if (bool(state, 'user')) b.add('--user', l('Only the current user\'s services and journal.', '仅当前用户的服务与日志。'), MAN);
	if (action === 'list-boots') b.add('--list-boots', l('List boots: offset, boot ID, first and last entry.', '列出启动记录：偏移、启动 ID、首末条目时间。'), MAN);
	else if (action === 'disk-usage') b.add('--disk-usage', l('Show how much disk the journal files use.', '显示日志文件占用的磁盘空间。'), MAN);
	else if (action === 'vacuum') vacuum(state, b);
	else show(state, b);
	return finish(b, shell);
}

function vacuum(state: State, b: Builder): void {
	const t = str(state, 'vacuumTime');
	const s = str(state, 'vacuumSize');
	if (!t && !s) b.error('vacuumTime', l('Give a time span, a size, or both.', '请填写时间跨度、大小或两者。'));
	if (t) {
		if (!/^(\d+\s*(s|sec|seconds?|m|min|minutes?|h|hours?|d|days?|weeks?|w|months?|M|years?|y)\s*)+$/.test(t)) b.error('vacuumTime', l('A time span such as 2weeks, 10d or 6months.', '时间跨度，如 2weeks、10d 或 6months。'));
		b.add(`--vacuum-time=${t}`, l('Delete archived journal files older than this.', '删除早于此时间的归档日志文件。'), MAN, 'vacuumTime');
	}
	if (s) {
		if (!/^\d+[KMGT]?$/.test(s)) b.error('vacuumSize', l('A size such as 500M or 1G (K, M, G, T; base 1024).', '大小，如 500M 或 1G（K、M、G、T，以 1024 为基数）。'));
		b.add(`--vacuum-size=${s}`, l('Delete the oldest archived files until the journal is smaller than this.', '删除最旧的归档文件，直到日志小于此大小。'), MAN, 'vacuumSize');
	}
	b.warn(l('Vacuuming removes archived files only; active journal files are kept. Run it with sudo.', '清理只会删除归档文件；活动日志文件会保留。请用 sudo 运行。'));
}

function show(state: State, b: Builder): void {
	for (const u of list(state, 'units')) {
		if (/\s/.test(u)) b.error('units', l(`"${u}" is not a unit name.`, `“${u}”不是单元名称。`));
		b.add('-u', l('Entries of this unit (repeat -u for several; they are ORed).', '该单元的条目（多个 -u 之间为“或”）。'), MAN);
		b.add(u, l('Unit name or glob pattern.', '单元名称或通配模式。'), MAN, 'units');
	}
	const times: Record<string, number | null> = {};
	for (const [field, flag] of [['since', '--since'], ['until', '--until']] as const) {
		const v = str(state, field);
		if (!v) continue;
		times[field] = parseJournalTime(v);
		if (times[field] === null) b.error(field, l('Not a time journalctl accepts, e.g. "2024-05-01 13:00:00", today, -1h, "2 days ago".', '不是 journalctl 接受的时间，例如 "2024-05-01 13:00:00"、today、-1h、"2 days ago"。'));
		b.add(flag, field === 'since' ? l('Entries at or after this time (local time unless UTC is given).', '此时间及之后的条目（除非写明 UTC，否则为本地时间）。') : l('Entries at or before this time.', '此时间及之前的条目。'), TIME);
		b.add(v, l('Time (systemd.time(7) format).', '时间（systemd.time(7) 格式）。'), TIME, field);
	}
	if (times.since != null && times.until != null && times.since > times.until)
		b.error('until', l('--until is earlier than --since: journalctl refuses this.', '--until 早于 --since：journalctl 会拒绝。'));
	priority(state, b);
	const boot = str(state, 'boot');
	if (boot === '0') b.add('-b', l('Only the current boot.', '仅本次启动。'), MAN);
	else if (boot === '-1' || boot === '-2') {
		b.add('-b', l('Only one boot…', '仅某一次启动……'), MAN);
		b.add(boot, l(`…the boot ${boot.slice(1)} before the current one.`, `……当前启动之前的第 ${boot.slice(1)} 次启动。`), MAN);
	}
	if (bool(state, 'kernel')) b.add('-k', l('Kernel messages only (implies the current boot unless -b says otherwise).', '仅内核消息（除非用 -b 另行指定，否则隐含本次启动）。'), MAN);
	if (bool(state, 'follow')) b.add('-f', l('Keep printing new entries as they arrive (Ctrl+C to stop).', '持续输出新到达的条目（按 Ctrl+C 停止）。'), MAN);
	const n = str(state, 'lines');
	if (n) {
		if (!/^[1-9]\d{0,8}$/.test(n)) b.error('lines', l('A whole number of at least 1.', '至少为 1 的整数。'));
		b.add('-n', l('Show only the newest N entries.', '只显示最新的 N 条。'), MAN);
		b.add(n, l('Number of entries.', '条目数。'), MAN, 'lines');
	}
	if (bool(state, 'reverse')) b.add('-r', l('Newest entries first.', '最新的条目在前。'), MAN);
	const o = str(state, 'output');
	if (o) {
		if (!OUTPUTS.includes(o)) b.error('output', l('Unknown output mode.', '未知的输出格式。'));
		b.add('-o', l('Output format.', '输出格式。'), MAN);
		b.add(o, l(`Format ${o}.`, `格式 ${o}。`), MAN, 'output');
	}
	const g = str(state, 'grep');
	if (g) {
		try {
			new RegExp(g, 'u');
		} catch {
			b.error('grep', l('Not a valid regular expression (journalctl uses PCRE2).', '不是有效的正则表达式（journalctl 使用 PCRE2）。'));
		}
		b.add('--grep', l('Only entries whose MESSAGE matches this PCRE2 pattern (all-lowercase patterns match case-insensitively).', '仅 MESSAGE 匹配此 PCRE2 模式的条目（全小写模式不区分大小写）。'), MAN);
		b.add(g, l('Pattern.', '模式。'), MAN, 'grep');
	}
	if (bool(state, 'noPager')) b.add('--no-pager', l('Print directly instead of opening less.', '直接输出，不打开 less。'), MAN);
	for (const m of list(state, 'matches')) {
		if (!/^[A-Z0-9_]+=.*$/.test(m)) b.error('matches', l(`"${m}" is not FIELD=value (field names are uppercase, e.g. _PID, _COMM, SYSLOG_IDENTIFIER).`, `“${m}”不是 FIELD=value（字段名为大写，如 _PID、_COMM、SYSLOG_IDENTIFIER）。`));
		b.add(m, l('Field match: different fields are ANDed, the same field repeated is ORed.', '字段匹配：不同字段之间为“与”，同一字段重复为“或”。'), MAN, 'matches');
	}
}

function priority(state: State, b: Builder): void {
	const from = str(state, 'priority');
	const to = str(state, 'priorityTo');
	const numeric = bool(state, 'numeric');
	if (!from) {
		if (to) b.error('priority', l('Choose the first level of the range.', '请选择范围的起始级别。'));
		return;
	}
	const ok = (p: string) => (PRIORITIES as readonly string[]).includes(p);
	if (!ok(from) || (to && !ok(to))) return void b.error('priority', l('Unknown priority.', '未知的优先级。'));
	b.add('-p', to ? l('Only priorities in this range (both ends included).', '仅此范围内的优先级（含两端）。') : l('This priority and everything more important (lower number).', '此优先级及所有更重要（数字更小）的优先级。'), MAN);
	const text = to ? `${prio(from, numeric)}..${prio(to, numeric)}` : prio(from, numeric);
	b.add(text, l(`Priority ${text}.`, `优先级 ${text}。`), 'https://man7.org/linux/man-pages/man3/syslog.3.html', 'priority');
}
