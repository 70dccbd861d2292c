// The diagnosis decision tree as data, in both languages. The wizard page walks it one question at a
// time (state in ?path=), and wizard-mermaid.ts draws the same data for the diagnose guide, so the
// two cannot drift. Order follows USER-NEEDS.md: elevation, Temp ACLs, the service, then fallbacks;
// every fix ends with a check that it worked. Text may mark code with `backticks`; the page renders
// it as <code>. Commands are not written out here: each names a generator (and its state) or an
// argv, and wizard-commands.ts renders it with the generators and shell modules, so what is shown is
// quoted for its shell and, for msiexec, waits for the install before its exit code is read.
import type { Shell, State } from '../generators/types';

export type Lang = 'en' | 'zh-cn';
export type Text = Record<Lang, string>;

/** A command by generator (rendered by that generator for `shell`) or by argv (shell module). */
export type WizardCommand =
	| { gen: 'msiexec' | 'icacls' | 'signtool' | 'systemctl' | 'journalctl'; shell: Shell; state: State }
	| { shell: Shell; argv: string[] };

export interface Answer {
	/** Stable id used in ?path= (lower-case, digits, hyphen). */
	id: string;
	label: Text;
	next: string;
}
export interface Question {
	kind: 'question';
	id: string;
	text: Text;
	/** Short label for the diagram. */
	short: Text;
	answers: Answer[];
	/** How to find the answer: commands to run and tools to paste their output into. */
	commands?: WizardCommand[];
	links?: string[];
}
export interface Fix {
	kind: 'fix';
	id: string;
	title: Text;
	short: Text;
	body: Text;
	/** Commands to run, in order (same in both languages). */
	commands: WizardCommand[];
	/** How to tell it worked. */
	verify: Text;
	/** Site paths (language prefix added by the page) or absolute https URLs. */
	links: string[];
}
export type WizardNode = Question | Fix;

const t = (en: string, zh: string): Text => ({ en, 'zh-cn': zh });
const a = (id: string, en: string, zh: string, next: string): Answer => ({ id, label: t(en, zh), next });
const cmd = (...argv: string[]): WizardCommand => ({ shell: 'cmd', argv });
const bash = (...argv: string[]): WizardCommand => ({ shell: 'bash', argv });
const PACKAGE = { action: 'install', target: 'C:\\path\\to\\package.msi', log: '%TEMP%\\msi-install.log', logFlags: '*v', elevate: true };
const install = (shell: Shell): WizardCommand => ({ gen: 'msiexec', shell, state: PACKAGE });

export const WIZARD_ROOT = 'os';

export const WIZARD: readonly WizardNode[] = [
	{
		kind: 'question',
		id: 'os',
		text: t('On which system does the install fail?', '安装在哪个系统上失败？'),
		short: t('Which system?', '哪个系统？'),
		answers: [a('windows', 'Windows', 'Windows', 'symptom'), a('linux', 'Linux', 'Linux', 'linux')],
	},
	{
		kind: 'question',
		id: 'symptom',
		text: t('What do you see?', '你看到了什么？'),
		short: t('What do you see?', '看到了什么？'),
		answers: [
			a('2503', 'Error 2503 or 2502', '错误 2503 或 2502', 'elevated'),
			a('1618', 'Another installation is in progress (1618)', '另一个安装正在进行（1618）', 'fix-wait'),
			a('other', 'Another code, or only 1603', '其他代码，或只有 1603', 'fix-log'),
			a('signature', 'Unknown publisher or a signature warning', '未知发布者或签名警告', 'signature'),
			a('path', 'Installed, but the command is not found', '已安装，但找不到命令', 'fix-path'),
		],
	},
	{
		kind: 'question',
		id: 'elevated',
		text: t(
			'Did you start the installer from an elevated (Administrator) prompt?',
			'你是否从以管理员身份运行的命令行启动了安装程序？',
		),
		short: t('Elevated?', '已提升权限？'),
		answers: [a('no', 'No, or not sure', '没有，或不确定', 'fix-elevate'), a('yes', 'Yes', '是', 'temp')],
		// Not sure? whoami /groups in that prompt says it; the permission checker reads it.
		commands: [cmd('whoami', '/groups')],
		links: ['/tools/permissions/'],
	},
	{
		kind: 'question',
		id: 'temp',
		text: t(
			'Does the permission checker find the ACLs of `C:\\Windows\\Temp` in order? Run this in the elevated prompt and paste its output into the checker.',
			'权限检查器是否认为 `C:\\Windows\\Temp` 的 ACL 正常？在已提升的命令行中运行下面的命令，把输出粘贴到检查器中。',
		),
		short: t('Temp ACLs in order?', 'Temp 的 ACL 正常？'),
		answers: [a('no', 'No', '不正常', 'fix-temp'), a('yes', 'Yes', '正常', 'service')],
		commands: [{ gen: 'icacls', shell: 'cmd', state: { action: 'inspect', path: 'C:\\Windows\\Temp' } }],
		links: ['/tools/permissions/'],
	},
	{
		kind: 'question',
		id: 'service',
		text: t(
			'Does `sc query msiserver` (in Command Prompt) show the Windows Installer service, and does it start when an install begins?',
			'（在命令提示符中运行的）`sc query msiserver` 能否显示 Windows Installer 服务，安装开始时该服务能否启动？',
		),
		short: t('Installer service OK?', 'Installer 服务正常？'),
		answers: [a('no', 'No', '否', 'fix-service'), a('yes', 'Yes', '是', 'fix-zip')],
		commands: [cmd('sc', 'query', 'msiserver')],
	},
	{
		kind: 'question',
		id: 'signature',
		text: t(
			'What does `signtool verify /pa /v` say about the file? The SignTool output reader explains its output.',
			'`signtool verify /pa /v` 对该文件的结论是什么？SignTool 输出解读器会解释它的输出。',
		),
		short: t('signtool verify?', 'signtool 验证结果？'),
		answers: [
			a('ok', 'Successfully verified', 'Successfully verified', 'fix-reputation'),
			a('error', 'SignTool Error', 'SignTool Error', 'fix-signature'),
		],
		commands: [{ gen: 'signtool', shell: 'cmd', state: { files: ['package.msi'] } }],
		links: ['/tools/signtool-output/'],
	},
	{
		kind: 'question',
		id: 'linux',
		text: t('What failed?', '什么失败了？'),
		short: t('What failed?', '什么失败了？'),
		answers: [
			a('denied', 'Permission denied on a directory', '某个目录权限被拒绝', 'fix-posix'),
			a('service', 'A service did not start', '某个服务没有启动', 'fix-systemd'),
		],
	},
	{
		kind: 'fix',
		id: 'fix-elevate',
		title: t('Run the install elevated', '以提升的权限运行安装'),
		short: t('Install from an elevated prompt', '在管理员命令行中安装'),
		body: t(
			'Open Command Prompt with "Run as administrator", then install with a verbose log: `start /wait` makes cmd wait for the install, so `%ERRORLEVEL%` is its exit code. In PowerShell, `Start-Process` with `-Verb RunAs` asks for elevation, and `-Wait -PassThru` keeps the exit code.',
			'用“以管理员身份运行”打开命令提示符，再带详细日志安装：`start /wait` 让 cmd 等待安装结束，这样 `%ERRORLEVEL%` 才是安装的退出代码。在 PowerShell 中，`Start-Process` 加 `-Verb RunAs` 会请求提升，`-Wait -PassThru` 则保留退出代码。',
		),
		commands: [install('cmd'), install('powershell')],
		verify: t(
			'The exit code is 0 (or 3010/1641: success, restart needed).',
			'退出代码为 0（或 3010/1641：成功，需要重启）。',
		),
		links: ['/tools/msiexec/', '/errors/msi/2503/', '/tools/msi-log/'],
	},
	{
		kind: 'fix',
		id: 'fix-temp',
		title: t('Repair the Temp folder permissions', '修复 Temp 文件夹的权限'),
		short: t('Repair Temp ACLs', '修复 Temp 的 ACL'),
		body: t(
			'From an elevated prompt (standard users may not list `C:\\Windows\\Temp`), run `icacls` on both temp folders and paste the output into the permission checker; it gives the `icacls` command that restores the missing rights. Check that `C:\\Windows\\Temp` is a folder, not a file.',
			'在已提升的命令行中（标准用户可能无法列出 `C:\\Windows\\Temp`）对两个临时文件夹运行 `icacls`，把输出粘贴到权限检查器中，它会给出恢复缺失权限的 `icacls` 命令。同时确认 `C:\\Windows\\Temp` 是文件夹而不是文件。',
		),
		commands: [
			{ gen: 'icacls', shell: 'cmd', state: { action: 'inspect', path: 'C:\\Windows\\Temp' } },
			{ gen: 'icacls', shell: 'cmd', state: { action: 'inspect', path: '%TEMP%' } },
		],
		verify: t(
			'The checker reports that SYSTEM and you can create and delete files; the install then succeeds.',
			'检查器显示 SYSTEM 和你都能创建和删除文件；随后安装成功。',
		),
		links: ['/tools/permissions/', '/tools/icacls/'],
	},
	{
		kind: 'fix',
		id: 'fix-service',
		title: t('Re-register the Windows Installer service', '重新注册 Windows Installer 服务'),
		short: t('Re-register msiserver', '重新注册 msiserver'),
		body: t(
			'From an elevated prompt, unregister and register the service. This does not touch C:\\Windows\\Installer; never delete that folder.',
			'在管理员命令行中注销并重新注册该服务。这不会改动 C:\\Windows\\Installer；切勿删除该文件夹。',
		),
		commands: [cmd('sc', 'query', 'msiserver'), cmd('msiexec', '/unreg'), cmd('msiexec', '/regserver')],
		verify: t('`sc query msiserver` answers, and the install runs.', '`sc query msiserver` 有正常输出，安装可以运行。'),
		links: ['/tools/msiexec/'],
	},
	{
		kind: 'fix',
		id: 'fix-zip',
		title: t('Install without Windows Installer', '不经 Windows Installer 安装'),
		short: t('Use the ZIP archive', '改用 ZIP 压缩包'),
		body: t(
			'Analyse the verbose log first. If nothing helps, many tools (Go among them) ship a ZIP archive: extract it and add its bin folder to PATH; GOROOT need not be set.',
			'先分析详细日志。若仍无效，许多工具（包括 Go）提供 ZIP 压缩包：解压后把其中的 bin 目录加入 PATH，无需设置 GOROOT。',
		),
		commands: [cmd('go', 'version')],
		verify: t('`go version` in a new terminal prints the expected version.', '在新开的终端中，`go version` 输出预期的版本。'),
		links: ['/fixes/go-zip-install/', '/tools/msi-log/', 'https://go.dev/doc/install'],
	},
	{
		kind: 'fix',
		id: 'fix-wait',
		title: t('Let the other installation finish', '等待另一个安装完成'),
		short: t('Wait, then retry', '等待后重试'),
		body: t(
			'Windows Installer runs one installation at a time. Wait for the other one (often Windows Update) to finish, or restart the computer, then retry.',
			'Windows Installer 同一时间只运行一个安装。等待另一个安装（常见的是 Windows 更新）完成，或重启计算机，然后重试。',
		),
		commands: [install('cmd')],
		verify: t('The exit code is no longer 1618.', '退出代码不再是 1618。'),
		links: ['/errors/msiexec/1618/', '/tools/msiexec/'],
	},
	{
		kind: 'fix',
		id: 'fix-log',
		title: t('Read the verbose log', '阅读详细日志'),
		short: t('Analyse the verbose log', '分析详细日志'),
		body: t(
			'Run the install again with `/l*v` and drop the log into the log checker: it finds the first failing action and the error behind it.',
			'带 `/l*v` 重新运行安装，把日志拖入日志检查器：它会找出第一个失败的操作及其背后的错误。',
		),
		commands: [install('cmd')],
		verify: t('The checker names an action and an error code.', '检查器给出了操作名和错误代码。'),
		links: ['/tools/msi-log/', '/errors/'],
	},
	{
		kind: 'fix',
		id: 'fix-path',
		title: t('Open a new terminal and check PATH', '新开终端并检查 PATH'),
		short: t('New terminal, check PATH', '新开终端，检查 PATH'),
		body: t(
			'A terminal opened before the install keeps the old PATH. Open a new one; if the command is still missing, check that its bin folder is on PATH.',
			'安装前打开的终端仍使用旧的 PATH。请新开一个终端；如果仍找不到命令，检查其 bin 目录是否在 PATH 中。',
		),
		commands: [cmd('where', 'go'), cmd('go', 'version')],
		verify: t('`where` (in Command Prompt) finds the command, and it prints its version.', '（在命令提示符中）`where` 能找到该命令，且能输出版本。'),
		links: ['https://go.dev/doc/install'],
	},
	{
		kind: 'fix',
		id: 'fix-reputation',
		title: t('A warning about reputation, not a broken signature', '这是信誉提示，不是签名损坏'),
		short: t('Compare the SHA-256', '核对 SHA-256'),
		body: t(
			'The signature is valid: a SmartScreen or "unknown publisher" warning is about reputation or the prompt, not the file. Compare its SHA-256 with the published checksum.',
			'签名有效：SmartScreen 或“未知发布者”提示与信誉或提示方式有关，而不是文件本身。把文件的 SHA-256 与官方公布的校验和比对。',
		),
		commands: [{ shell: 'powershell', argv: ['Get-FileHash', '.\\package.msi', '-Algorithm', 'SHA256'] }],
		verify: t('The hash equals the published one.', '哈希值与官方公布的一致。'),
		links: ['/tools/signtool/', '/tools/signtool-output/'],
	},
	{
		kind: 'fix',
		id: 'fix-signature',
		title: t('Do not run it: download it again', '不要运行：重新下载'),
		short: t('Download again, verify', '重新下载并验证'),
		body: t(
			'Paste the SignTool output into the reader to see which certificate or HRESULT fails. Download the file again from the official site and verify it before running it.',
			'把 SignTool 的输出粘贴到读取器中，查看是哪张证书或哪个 HRESULT 出错。从官方网站重新下载文件，运行前先验证。',
		),
		commands: [{ gen: 'signtool', shell: 'cmd', state: { files: ['package.msi'] } }],
		verify: t('SignTool prints "Successfully verified".', 'SignTool 输出 “Successfully verified”。'),
		links: ['/tools/signtool-output/', '/errors/hresult/0x800B0101/'],
	},
	{
		kind: 'fix',
		id: 'fix-posix',
		title: t('Check the directory mode', '检查目录权限'),
		short: t('Check mode, sticky bit', '检查权限与粘滞位'),
		body: t(
			'Paste the output of `ls -ld` and `id` into the permission checker. A shared directory such as `/tmp` needs mode 1777; system directories need `sudo`, not a looser mode. The last command repairs `/tmp` only.',
			'把 `ls -ld` 和 `id` 的输出粘贴到权限检查器中。`/tmp` 这类共享目录应为 1777；系统目录应使用 `sudo`，而不是放宽权限。最后一条命令只修复 `/tmp`。',
		),
		commands: [bash('ls', '-ld', '/tmp'), bash('id'), bash('sudo', 'chmod', '1777', '/tmp')],
		verify: t('`ls -ld /tmp` shows `drwxrwxrwt`.', '`ls -ld /tmp` 显示 `drwxrwxrwt`。'),
		links: ['/tools/permissions/', '/tools/chmod/'],
	},
	{
		kind: 'fix',
		id: 'fix-systemd',
		title: t('Read the unit status and its journal', '查看单元状态和日志'),
		short: t('systemctl status, journalctl', 'systemctl status 与 journalctl'),
		body: t(
			'`systemctl status` shows the state (exit status 3: not running); the journal of the unit since boot shows why.',
			'`systemctl status` 显示状态（退出状态 3：未运行）；该单元自本次启动以来的日志说明原因。',
		),
		commands: [
			{ gen: 'systemctl', shell: 'bash', state: { unit: 'example.service' } },
			{ gen: 'journalctl', shell: 'bash', state: { units: ['example.service'], boot: '0' } },
		],
		verify: t('`systemctl status` reports `active (running)`.', '`systemctl status` 显示 `active (running)`。'),
		links: ['/tools/journalctl/', '/tools/systemctl/', '/errors/systemctl/3/'],
	},
];

const BY_ID = new Map(WIZARD.map((n) => [n.id, n]));
export const wizardNode = (id: string) => BY_ID.get(id);

export interface Walk {
	/** Questions answered so far, with the chosen answer. */
	steps: Array<{ question: Question; answer: Answer }>;
	current: WizardNode;
	/** Answer ids that were accepted, to write back into the URL. */
	path: string[];
	/** True when the URL held an answer id that does not exist (ignored from there on). */
	invalid: boolean;
}

/** Follows answer ids from the root; stops at the first unknown one. */
export function walkWizard(path: readonly string[]): Walk {
	let current = BY_ID.get(WIZARD_ROOT)!;
	const steps: Walk['steps'] = [];
	for (const id of path.slice(0, 20)) {
		if (current.kind !== 'question') return { steps, current, path: steps.map((s) => s.answer.id), invalid: true };
		const answer = current.answers.find((x) => x.id === id);
		if (!answer) return { steps, current, path: steps.map((s) => s.answer.id), invalid: true };
		steps.push({ question: current, answer });
		current = BY_ID.get(answer.next)!;
	}
	return { steps, current, path: steps.map((s) => s.answer.id), invalid: false };
}

export function parseWizardPath(search: string): string[] {
	const value = new URLSearchParams(search).get('path') ?? '';
	return value.split(/[.,]/).filter((s) => /^[a-z0-9-]{1,20}$/.test(s));
}

/** Each node's answer path from the root (the tree has one path per node; a test checks it). */
export function wizardPaths(): Map<string, string[]> {
	const out = new Map<string, string[]>([[WIZARD_ROOT, []]]);
	const queue = [WIZARD_ROOT];
	while (queue.length) {
		const id = queue.shift()!;
		const node = BY_ID.get(id)!;
		if (node.kind !== 'question') continue;
		for (const ans of node.answers) {
			if (out.has(ans.next)) continue;
			out.set(ans.next, [...out.get(id)!, ans.id]);
			queue.push(ans.next);
		}
	}
	return out;
}
