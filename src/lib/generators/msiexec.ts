// msiexec command lines. Options: Microsoft's "Command-Line Options" (classic /i /x /f /a /p /q /l)
// and "Standard Installer Command-Line Options" (/quiet /passive /norestart /update ...).
import { joinCmd } from '../shell/cmd';
import { doubleQuoted, singleQuoted } from '../shell/powershell';
import { type Arg, CMD_LINE_MAX, type Part, isLiteral } from '../shell/types';
import { joinWin } from '../shell/winargv';
import { Builder, bool, finish, list, str, winPath } from './common';
import { type L10n, type Result, type Shell, type Spec, type State, l } from './types';

const CLASSIC = 'https://learn.microsoft.com/windows/win32/msi/command-line-options';
const STANDARD = 'https://learn.microsoft.com/windows/win32/msi/standard-installer-command-line-options';
const START_PROCESS =
	'https://learn.microsoft.com/powershell/module/microsoft.powershell.management/start-process';
const GUID = /^\{[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}$/;

const ACTIONS: Record<string, { flag: string; explain: L10n; href: string }> = {
	install: { flag: '/i', explain: l('Install or configure the product.', '安装或配置产品。'), href: CLASSIC },
	uninstall: { flag: '/x', explain: l('Uninstall the product.', '卸载产品。'), href: CLASSIC },
	repair: { flag: '/f', explain: l('Repair the product; letters choose what is reinstalled.', '修复产品；字母决定重新安装哪些内容。'), href: CLASSIC },
	admin: {
		flag: '/a',
		explain: l(
			'Administrative installation: copies an uncompressed source image to TARGETDIR (a network image). It does not mean "install as administrator".',
			'管理安装：把解压后的源映像复制到 TARGETDIR（网络映像）。它并不是“以管理员身份安装”。',
		),
		href: CLASSIC,
	},
	patch: { flag: '/p', explain: l('Apply the patch package(s).', '应用补丁包。'), href: CLASSIC },
	update: { flag: '/update', explain: l('Apply the patch(es) (standard option).', '应用补丁（标准选项）。'), href: STANDARD },
};

const REPAIR: Record<string, L10n> = {
	p: l('p: reinstall only if the file is missing', 'p：仅当文件缺失时重新安装'),
	o: l('o: … or an older version is installed', 'o：文件缺失或已安装旧版本时'),
	e: l('e: … or an equal or older version is installed', 'e：文件缺失或已安装相同或更旧版本时'),
	d: l('d: … or a different version is installed', 'd：文件缺失或已安装不同版本时'),
	c: l('c: … or the stored checksum does not match', 'c：文件缺失或校验和不匹配时'),
	a: l('a: force all files to be reinstalled', 'a：强制重新安装所有文件'),
	u: l('u: rewrite per-user registry entries', 'u：重写每用户注册表项'),
	m: l('m: rewrite per-machine registry entries', 'm：重写每台计算机的注册表项'),
	s: l('s: overwrite all existing shortcuts', 's：覆盖所有现有快捷方式'),
	v: l('v: run from source and re-cache the local package', 'v：从源运行并重新缓存本地包'),
};

const LOG: Record<string, L10n> = {
	i: l('i status messages', 'i 状态消息'),
	w: l('w non-fatal warnings', 'w 非致命警告'),
	e: l('e all error messages', 'e 所有错误消息'),
	a: l('a start-up of actions', 'a 操作的启动'),
	r: l('r action-specific records', 'r 特定于操作的记录'),
	u: l('u user requests', 'u 用户请求'),
	c: l('c initial UI parameters', 'c 初始 UI 参数'),
	m: l('m out-of-memory or fatal exit information', 'm 内存不足或致命退出信息'),
	o: l('o out-of-disk-space messages', 'o 磁盘空间不足消息'),
	p: l('p terminal properties', 'p 最终属性值'),
	v: l('v verbose output', 'v 详细输出'),
	x: l('x extra debugging information', 'x 额外调试信息'),
	'+': l('+ append to an existing log', '+ 追加到现有日志'),
	'!': l('! flush each line to the log', '! 每行立即写入日志'),
	'*': l('* everything except v and x', '* 除 v 和 x 外的全部信息'),
};

const UI: Record<string, L10n> = {
	quiet: l('No UI and no prompts; the user cannot cancel.', '无界面、无提示；用户无法取消。'),
	passive: l('Progress bar only, no prompts; the user cannot cancel.', '仅显示进度条，无提示；用户无法取消。'),
	qn: l('No UI.', '无界面。'),
	'qn+': l('No UI except a modal dialog at the end.', '无界面，仅在结束时显示模式对话框。'),
	qb: l('Basic UI (progress and error dialogs).', '基本界面（进度和错误对话框）。'),
	'qb+': l('Basic UI with a modal dialog at the end.', '基本界面，结束时显示模式对话框。'),
	'qb-': l('Basic UI with no modal dialogs.', '基本界面，无模式对话框。'),
	'qb!': l('Basic UI without the Cancel button.', '基本界面，隐藏“取消”按钮。'),
	'qb!-': l('Basic UI, no modal dialogs, no Cancel button.', '基本界面，无模式对话框，隐藏“取消”按钮。'),
	qr: l('Reduced UI, no modal dialog at the end.', '简化界面，结束时不显示模式对话框。'),
	qf: l('Full UI with the authored end dialogs.', '完整界面，包括结束时的对话框。'),
};

const RESTART: Record<string, L10n> = {
	norestart: l('Never restart after the installation (REBOOT=ReallySuppress).', '安装后从不重启（REBOOT=ReallySuppress）。'),
	promptrestart: l('Ask the user before restarting, if a restart is needed.', '需要重启时先询问用户。'),
	forcerestart: l('Always restart after the installation (REBOOT=Force).', '安装后总是重启（REBOOT=Force）。'),
};

const opt = (value: string, en: string, zh: string) => ({ value, label: l(en, zh) });

export const spec: Spec = {
	id: 'msiexec',
	title: l('msiexec command generator', 'msiexec 命令生成器'),
	description: l(
		'Build an msiexec command line: install, uninstall, repair, administrative install or patch, with UI level, restart behaviour, logging and properties quoted the way msiexec reads them.',
		'生成 msiexec 命令行：安装、卸载、修复、管理安装或打补丁，并设置界面级别、重启行为、日志和按 msiexec 规则加引号的属性。',
	),
	shells: ['powershell', 'cmd'],
	fields: [
		{
			name: 'action', kind: 'select', default: 'install', param: 'a', label: l('Action', '操作'),
			options: [
				opt('install', 'Install (/i)', '安装 (/i)'), opt('uninstall', 'Uninstall (/x)', '卸载 (/x)'),
				opt('repair', 'Repair (/f)', '修复 (/f)'), opt('admin', 'Administrative install (/a)', '管理安装 (/a)'),
				opt('patch', 'Apply patch (/p)', '应用补丁 (/p)'), opt('update', 'Apply update (/update)', '应用更新 (/update)'),
			],
		},
		{
			name: 'target', kind: 'text', default: 'C:\\Downloads\\example.msi', param: 't',
			label: l('Package path or product code', '安装包路径或产品代码'),
			help: l('A .msi path, or a product code such as {12345678-1234-1234-1234-123456789012}. %TEMP%-style variables are expanded.', '.msi 路径，或形如 {12345678-1234-1234-1234-123456789012} 的产品代码。可使用 %TEMP% 这类变量。'),
		},
		{ name: 'repairFlags', kind: 'text', default: 'omus', param: 'rf', label: l('Repair letters (/f)', '修复字母 (/f)'), help: l('Any of p o e d c a u m s v; the default is omus.', 'p o e d c a u m s v 中的任意字母；默认为 omus。') },
		{ name: 'targetDir', kind: 'text', default: '', param: 'td', label: l('TARGETDIR for /a', '/a 的 TARGETDIR'), placeholder: '\\\\server\\share\\app' },
		{ name: 'patches', kind: 'list', default: [], param: 'p', label: l('Patches (.msp or patch GUID), one per line', '补丁（.msp 或补丁 GUID），每行一个'), help: l('%TEMP%-style variables are expanded.', '可使用 %TEMP% 这类变量。') },
		{
			name: 'ui', kind: 'select', default: '', param: 'ui', label: l('User interface', '用户界面'),
			options: [opt('', 'Default (full UI)', '默认（完整界面）'), ...Object.keys(UI).map((k) => ({ value: k, label: l(`/${k} — ${UI[k]!.en}`, `/${k} — ${UI[k]!['zh-CN']}`) }))],
		},
		{
			name: 'restart', kind: 'select', default: '', param: 'r', label: l('Restart', '重启'),
			options: [opt('', 'Package decides', '由安装包决定'), ...Object.keys(RESTART).map((k) => ({ value: k, label: l(`/${k}`, `/${k}`) }))],
		},
		{ name: 'log', kind: 'text', default: '', param: 'log', label: l('Log file', '日志文件'), placeholder: '%TEMP%\\install.log', help: l('The folder must already exist: msiexec does not create it.', '文件夹必须已存在：msiexec 不会创建它。') },
		{ name: 'logFlags', kind: 'text', default: '*v', param: 'lf', label: l('Log flags', '日志标志'), help: l('Letters i w e a r u c m o p v x and + ! *. *v logs everything except x; *vx logs everything.', '字母 i w e a r u c m o p v x 以及 + ! *。*v 记录除 x 以外的全部信息；*vx 记录全部。') },
		{ name: 'transforms', kind: 'text', default: '', param: 'mst', label: l('Transforms (TRANSFORMS=)', '转换 (TRANSFORMS=)'), placeholder: 'custom.mst;lang.mst' },
		{ name: 'properties', kind: 'list', default: [], param: 'prop', label: l('Properties, one NAME=value per line', '属性，每行一个 NAME=value'), placeholder: 'INSTALLDIR=C:\\Program Files\\App', help: l('%NAME% in a value is expanded by the shell, as in the path fields (msiexec itself expands nothing).', '值中的 %NAME% 由 shell 展开，与路径字段相同（msiexec 本身不展开任何变量）。') },
		{ name: 'elevate', kind: 'checkbox', default: true, param: 'el', label: l('Run elevated (administrator)', '以管理员身份运行（提升权限）') },
	],
	presets: [
		{
			id: 'go-silent',
			label: l('Install Go silently with a verbose log', '静默安装 Go 并写详细日志'),
			state: {
				action: 'install', target: '%USERPROFILE%\\Downloads\\go1.24.5.windows-amd64.msi', ui: 'quiet',
				restart: 'norestart', log: '%TEMP%\\go-install.log', logFlags: '*v', elevate: true,
			},
		},
	],
};

function buildArgs(s: State, b: Builder): void {
	const action = ACTIONS[str(s, 'action')] ? str(s, 'action') : 'install';
	const a = ACTIONS[action]!;
	const target = str(s, 'target');
	b.add('msiexec', l('Windows Installer (msiexec.exe).', 'Windows Installer（msiexec.exe）。'), CLASSIC);
	if (action === 'patch' || action === 'update') {
		const patches = list(s, 'patches');
		if (patches.length === 0) b.error('patches', l('Give at least one patch.', '请至少填写一个补丁。'));
		b.add(a.flag, a.explain, a.href);
		// Variables expand here as in every other path field (msiexec itself expands none).
		const arg = winPath(patches.join(';'));
		b.add(arg, isLiteral(arg) ? l('Patch packages, separated by ;.', '补丁包，以 ; 分隔。') : l('Patch packages, separated by ;. %NAME% is replaced by the variable\'s value.', '补丁包，以 ; 分隔。%NAME% 会被替换为变量的值。'), a.href, 'patches');
	} else {
		let flag = a.flag;
		let explain = a.explain;
		if (action === 'repair') {
			// Command-line options are case-insensitive (Command-Line Options page).
			const letters = (str(s, 'repairFlags') || 'omus').toLowerCase();
			if (!/^[poedcaumsv]+$/.test(letters))
				b.error('repairFlags', l('Repair letters are p o e d c a u m s v.', '修复字母只能是 p o e d c a u m s v。'));
			flag += letters;
			explain = l(
				`${a.explain.en} ${[...letters].map((c) => REPAIR[c]?.en).filter(Boolean).join('; ')}.`,
				`${a.explain['zh-CN']}${[...letters].map((c) => REPAIR[c]?.['zh-CN']).filter(Boolean).join('；')}。`,
			);
		}
		if (!target) b.error('target', l('Give a package path or a product code.', '请填写安装包路径或产品代码。'));
		else if (target.startsWith('{') && !GUID.test(target))
			b.error('target', l('A product code looks like {12345678-1234-1234-1234-123456789012}.', '产品代码的格式为 {12345678-1234-1234-1234-123456789012}。'));
		else if (action === 'admin' && GUID.test(target))
			b.error('target', l('An administrative install needs the .msi package, not a product code.', '管理安装需要 .msi 安装包，而不是产品代码。'));
		b.add(flag, explain, a.href);
		b.add(winPath(target), GUID.test(target) ? l('Product code of the installed product.', '已安装产品的产品代码。') : l('Path of the package.', '安装包的路径。'), a.href, 'target');
	}
	if (action === 'admin') {
		const dir = str(s, 'targetDir');
		if (dir) b.add(['TARGETDIR=', ...partsOf(winPath(dir))], l('Where the administrative image is written.', '管理映像的写入位置。'), 'https://learn.microsoft.com/windows/win32/msi/targetdir', 'targetDir');
	}
	const mst = str(s, 'transforms');
	if (mst) b.add(['TRANSFORMS=', ...partsOf(winPath(mst))], l('Transforms applied to the package, separated by ;.', '应用到安装包的转换，以 ; 分隔。'), 'https://learn.microsoft.com/windows/win32/msi/transforms', 'transforms');
	properties(s, b, action);
	const ui = str(s, 'ui');
	if (UI[ui]) b.add(`/${ui}`, UI[ui], ui === 'quiet' || ui === 'passive' ? STANDARD : CLASSIC);
	const restart = str(s, 'restart');
	if (RESTART[restart]) b.add(`/${restart}`, RESTART[restart], STANDARD);
	if (restart === 'promptrestart' && (ui === 'quiet' || ui.startsWith('qn')))
		b.error('restart', l('/promptrestart cannot be combined with a silent UI: there is nobody to ask.', '/promptrestart 不能与静默界面同时使用：没有人可以回答提示。'));
	if ((ui === 'quiet' || ui === 'passive') && !restart)
		b.warn(l('Without /norestart, /quiet and /passive restart the computer without asking when the package needs it.', '不加 /norestart 时，/quiet 和 /passive 会在需要时不经询问直接重启计算机。'));
	logArgs(s, b);
}

const partsOf = (a: Arg): Part[] => (typeof a === 'string' ? [a] : [...a]);

function properties(s: State, b: Builder, action: string): void {
	const props = list(s, 'properties');
	if (props.length && action === 'repair')
		b.warn(l('Repair (/f) ignores properties given on the command line.', '修复 (/f) 会忽略命令行上的属性。'));
	for (const p of props) {
		const m = /^([^=\s]+)=([\s\S]*)$/.exec(p);
		if (!m || !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(m[1]!)) {
			b.error('properties', l(`"${p}" is not NAME=value with a valid property name.`, `“${p}”不是带有效属性名的 NAME=value。`));
			continue;
		}
		const name = m[1]!.toUpperCase();
		if (name !== m[1])
			b.warn(l(`msiexec reads property names as uppercase: ${m[1]} sets ${name}. Only public (uppercase) properties can be set.`, `msiexec 把属性名按大写读取：${m[1]} 实际设置的是 ${name}。命令行只能设置公共（大写）属性。`));
		if (name === 'PATCH' && action === 'patch')
			b.warn(l('With /p, a PATCH property on the command line is ignored and overwritten.', '使用 /p 时，命令行上的 PATCH 属性会被忽略并覆盖。'));
		const value = winPath(m[2]!);
		const arg: Arg = isLiteral(value) ? `${name}=${value}` : [`${name}=`, ...value];
		b.add(arg, m[2] === '' ? l(`Clear the public property ${name}.`, `清除公共属性 ${name}。`) : isLiteral(value) ? l(`Set the public property ${name}.`, `设置公共属性 ${name}。`) : l(`Set the public property ${name}; %NAME% is replaced by the variable's value.`, `设置公共属性 ${name}；%NAME% 会被替换为变量的值。`), CLASSIC, 'properties');
	}
}

function logArgs(s: State, b: Builder): void {
	const log = str(s, 'log');
	if (!log) return;
	// Command-line options are case-insensitive: Microsoft's own example is /L*V.
	const flags = str(s, 'logFlags').toLowerCase();
	if (!/^[iwearucmopvx+!*]*$/.test(flags))
		b.error('logFlags', l('Log flags are i w e a r u c m o p v x + ! *.', '日志标志只能是 i w e a r u c m o p v x + ! *。'));
	const names = [...flags].map((c) => LOG[c]?.en).filter(Boolean).join(', ');
	const zh = [...flags].map((c) => LOG[c]?.['zh-CN']).filter(Boolean).join('、');
	b.add(`/l${flags}`, flags ? l(`Log: ${names}.`, `日志：${zh}。`) : l('Log with the default flags iwearmo.', '使用默认标志 iwearmo 记录日志。'), CLASSIC);
	b.add(winPath(log), l('Log file; its folder must already exist.', '日志文件；其所在文件夹必须已存在。'), CLASSIC, 'log');
}

/** PowerShell: Start-Process passes one ArgumentList string through unchanged, in msiexec's own syntax. */
function psRender(argv: Arg[], elevate: boolean): string {
	const line = joinWin(argv, 'msiexec').slice(2);
	const literal = line.every((p) => typeof p === 'string');
	const args = literal ? singleQuoted(line.join('')) : doubleQuoted(line);
	const verb = elevate ? ' -Verb RunAs' : '';
	return `$p = Start-Process -FilePath msiexec.exe -ArgumentList ${args}${verb} -Wait -PassThru\n$p.ExitCode`;
}

export function generate(state: State, shell: Shell): Result {
	const b = new Builder();
	buildArgs(state, b);
	const elevate = bool(state, 'elevate');
	if (shell === 'powershell') {
		b.tokens.unshift({
			text: `Start-Process${elevate ? ' -Verb RunAs' : ''} -Wait -PassThru`,
			explain: elevate
				? l('Start msiexec elevated (UAC prompt), wait for it, and keep the process object to read $p.ExitCode.', '以提升权限启动 msiexec（会出现 UAC 提示），等待其结束，并保留进程对象以读取 $p.ExitCode。')
				: l('Wait for msiexec and keep the process object to read $p.ExitCode.', '等待 msiexec 结束，并保留进程对象以读取 $p.ExitCode。'),
			href: START_PROCESS,
		});
		return finish(b, shell, 'msiexec', (argv) => psRender(argv, elevate));
	}
	b.tokens.unshift({
		text: 'start /wait',
		explain: l('msiexec is a windowed program: cmd waits for it only with start /wait, so %ERRORLEVEL% on the next line is its exit code.', 'msiexec 是窗口程序：cmd 只有用 start /wait 才会等它结束，这样下一行的 %ERRORLEVEL% 才是它的退出代码。'),
		href: 'https://learn.microsoft.com/windows-server/administration/windows-commands/start',
	});
	if (elevate)
		b.warn(l('cmd cannot elevate a command: open Command Prompt with "Run as administrator" first, then paste this.', 'cmd 无法单独提升某条命令：请先以“以管理员身份运行”打开命令提示符，再粘贴此命令。'));
	// The 8191-character limit counts the whole typed line, start /wait included, and applies after
	// cmd has filled in %NAME% values, which this page cannot know: warn when they could matter
	// (MAX_PATH, 260, per reference).
	const START = 'start /wait ';
	const r = finish(b, shell, 'msiexec', (argv) => `${START}${joinCmd(argv, 'msiexec', b.forceQuotes, START.length)}\necho %ERRORLEVEL%`);
	const line = r.command.split('\n')[0] ?? '';
	const refs = b.argv.flatMap((a) => (typeof a === 'string' ? [] : a.filter((p) => typeof p !== 'string'))).length;
	if (!(r.command && refs && line.length + refs * 260 > CMD_LINE_MAX)) return r;
	return { ...r, warnings: [...r.warnings, l(`This line is ${line.length} characters before cmd fills in its ${refs} %NAME% values; cmd's limit of ${CMD_LINE_MAX} characters applies after that.`, `在 cmd 填入其中 ${refs} 个 %NAME% 变量的值之前，此行为 ${line.length} 个字符；cmd 的 ${CMD_LINE_MAX} 字符上限按填入之后的长度计算。`)] };
}
