// journalctl (systemd 252). Options: journalctl(1), https://man7.org/linux/man-pages/man1/journalctl.1.html
import { Builder, bool, finish, list, raw, rawList, shown, str } from './common';
import { type JournalTime, MAX_MS, certainlyAfter, journalTime, parseSize, parseSpan } from './journal-time';
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
		{ name: 'matches', kind: 'list', default: [], param: 'm', label: l('Field matches, FIELD=value per line', '字段匹配，每行一个 FIELD=value'), placeholder: '_COMM=msiexec\nSYSLOG_IDENTIFIER=sshd\n_PID=1234', help: l('A line with only + separates alternatives (OR); an absolute path such as /usr/bin/dbus-daemon matches that program.', '只有 + 的一行分隔“或”的候选项；/usr/bin/dbus-daemon 这样的绝对路径匹配该程序。') },
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
		// systemd.time(7) time span; a number without a unit is seconds; the total must fit in 64 bits.
		if (parseSpan(t) === null) b.error('vacuumTime', l('A time span such as 2weeks, 10d, 1.5d or 6months (a number alone is seconds; units are case-sensitive; at most about 584,000 years).', '时间跨度，如 2weeks、10d、1.5d 或 6months（只写数字表示秒；单位区分大小写；最多约 584,000 年）。'));
		b.add(`--vacuum-time=${t}`, l('Delete archived journal files older than this.', '删除早于此时间的归档日志文件。'), MAN, 'vacuumTime');
	}
	if (s) {
		if (parseSize(s) === null) b.error('vacuumSize', l('A size such as 500M, 1.5G or 1P (B, K, M, G, T, P, E in capitals; base 1024; below 16E).', '大小，如 500M、1.5G 或 1P（B、K、M、G、T、P、E 须大写，以 1024 为基数，小于 16E）。'));
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
	const times: Record<string, JournalTime | null> = {};
	for (const [field, flag] of [['since', '--since'], ['until', '--until']] as const) {
		const v = str(state, field);
		if (!v) continue;
		const t = (times[field] = journalTime(v));
		if (t === null) b.error(field, l('Not a time journalctl accepts, e.g. "2024-05-01 13:00:00", "Fri 2024-05-03", today, "today UTC", "2024-05-01 Asia/Shanghai", -1h, "2 days ago", @1714560000 (years 1970 to 9999-12-30).', '不是 journalctl 接受的时间，例如 "2024-05-01 13:00:00"、"Fri 2024-05-03"、today、"today UTC"、"2024-05-01 Asia/Shanghai"、-1h、"2 days ago"、@1714560000（1970 年至 9999-12-30）。'));
		else if (t.zoneDependent)
			b.warn(l(`${v}: journalctl accepts times from 1970-01-01 00:00 to ${new Date(MAX_MS).toISOString().slice(0, 19).replace('T', ' ')} UTC; this local time is within a day of a limit, so whether it is accepted depends on the server's time zone.`, `${v}：journalctl 接受的时间范围是 UTC 1970-01-01 00:00 至 ${new Date(MAX_MS).toISOString().slice(0, 19).replace('T', ' ')}；此本地时间距离界限不足一天，是否被接受取决于服务器的时区。`));
		b.add(flag, field === 'since' ? l('Entries at or after this time (the server\'s local time unless UTC or a time zone is given).', '此时间及之后的条目（除非写明 UTC 或时区，否则为服务器的本地时间）。') : l('Entries at or before this time.', '此时间及之前的条目。'), TIME);
		b.add(v, l('Time (systemd.time(7) format).', '时间（systemd.time(7) 格式）。'), TIME, field);
	}
	// Compared only when the server's time zone cannot change the answer (both local, or both exact).
	if (times.since && times.until && certainlyAfter(times.since, times.until))
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
	if (bool(state, 'follow') && bool(state, 'reverse'))
		b.error('reverse', l('journalctl cannot follow new entries and show the newest first at once ("Please specify either --reverse= or --follow=, not both."). Untick one.', 'journalctl 不能同时持续跟踪新条目并让最新的在前（“Please specify either --reverse= or --follow=, not both.”）。请取消其中一项。'));
	const o = str(state, 'output');
	if (o) {
		if (!OUTPUTS.includes(o)) b.error('output', l('Unknown output mode.', '未知的输出格式。'));
		b.add('-o', l('Output format.', '输出格式。'), MAN);
		b.add(o, l(`Format ${o}.`, `格式 ${o}。`), MAN, 'output');
	}
	// The pattern is kept exactly as typed (spaces are part of it).
	const g = raw(state, 'grep');
	if (g) {
		// journalctl compiles it with PCRE2, which differs from JavaScript's RegExp both ways
		// ((?i), [[:alpha:]], \Q…\E, possessive a++ are PCRE2 only; [] and \u0041 are JavaScript
		// only). This page cannot run PCRE2, so it neither refuses nor approves the pattern.
		b.warn(l('The --grep pattern is not checked here: journalctl reads it as PCRE2 and answers "Bad pattern" if PCRE2 rejects it.', '此处不检查 --grep 模式：journalctl 按 PCRE2 解析它，如果 PCRE2 不接受，会回答 “Bad pattern”。'));
		b.add('--grep', l('Only entries whose MESSAGE matches this PCRE2 pattern (all-lowercase patterns match case-insensitively).', '仅 MESSAGE 匹配此 PCRE2 模式的条目（全小写模式不区分大小写）。'), MAN);
		b.add(g, l('Pattern.', '模式。'), MAN, 'grep');
	}
	if (bool(state, 'noPager')) b.add('--no-pager', l('Print directly instead of opening less.', '直接输出，不打开 less。'), MAN);
	matches(rawList(state, 'matches'), b);
}

/** journalctl(1) MATCHES: FIELD=value, "+" between terms for OR, or an absolute path. */
function matches(items: string[], b: Builder): void {
	items.forEach((m, i) => {
		if (m === '+') {
			if (i === 0 || i === items.length - 1 || items[i - 1] === '+')
				b.error('matches', l('"+" can only be used between two matches (journalctl refuses it first, last or doubled).', '“+”只能用在两个匹配项之间（journalctl 不接受它出现在开头、结尾或连续出现）。'));
			return void b.add(m, l('OR: entries matching the terms before or the terms after.', '或：匹配其前或其后各项的条目。'), MAN, 'matches');
		}
		if (m.startsWith('/')) {
			b.warn(l(`${shown(m)}: a path match needs the file to exist on the machine where journalctl runs (an executable matches _EXE=, a device node its kernel device).`, `${shown(m)}：路径匹配要求该文件在运行 journalctl 的机器上存在（可执行文件匹配 _EXE=，设备节点匹配其内核设备）。`));
			return void b.add(m, l('Entries of this executable or device.', '该可执行文件或设备的条目。'), MAN, 'matches');
		}
		// journal_field_valid: A–Z, 0–9, _, and not starting with __ (journalctl: "Invalid argument").
		if (!/^(?!__)[A-Z0-9_]+=/.test(m)) b.error('matches', l(`"${shown(m)}" is not FIELD=value (field names are A–Z, 0–9 and _, e.g. _PID, _COMM, SYSLOG_IDENTIFIER, and cannot start with __).`, `“${shown(m)}”不是 FIELD=value（字段名由 A–Z、0–9 和 _ 组成，如 _PID、_COMM、SYSLOG_IDENTIFIER，且不能以 __ 开头）。`));
		b.add(m, l('Field match: different fields are ANDed, the same field repeated is ORed.', '字段匹配：不同字段之间为“与”，同一字段重复为“或”。'), MAN, 'matches');
	});
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
