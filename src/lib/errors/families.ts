import type { Family } from './family';

export type Lang = 'en' | 'zh';
type Text = Record<Lang, string>;

export interface FamilyInfo {
	title: Text;
	/** One line for the index and meta description. */
	intro: Text;
	/** Shown on code pages that have no hand-written notes. */
	advice: Text;
	/** Site paths (no language prefix) that help with any code of the family. */
	links: string[];
	/** Name of the published table, for attribution. */
	sourceTitle: string;
	sourceUrl: string;
	license: 'cc-by' | 'man';
}

const learn = 'https://learn.microsoft.com/en-us/windows/win32/';

export const FAMILY_INFO: Record<Family, FamilyInfo> = {
	msi: {
		title: { en: 'Windows Installer messages', zh: 'Windows Installer 消息' },
		intro: {
			en: 'Message numbers that Windows Installer shows in dialogs and writes to verbose logs. Numbers from 2000 up are internal errors.',
			zh: 'Windows Installer 在对话框中显示、并写入详细日志的消息编号。2000 及以上的编号是内部错误。',
		},
		advice: {
			en: 'A message number names one step that failed; the cause is usually a few lines above it in a verbose log (msiexec /l*v). Look for the first "Return value 3", check that the install ran elevated, and read the MsiInstaller events in the Application log.',
			zh: '消息编号指出的是失败的某一步；原因通常在详细日志（msiexec /l*v）中它上方几行。查找第一个 “Return value 3”，确认安装是否以管理员身份运行，并查看“应用程序”日志中的 MsiInstaller 事件。',
		},
		links: ['/tools/msi-log/', '/tools/msiexec/', '/diagnose/event-logs/'],
		sourceTitle: 'Windows Installer Error Messages',
		sourceUrl: `${learn}msi/windows-installer-error-messages`,
		license: 'cc-by',
	},
	msiexec: {
		title: { en: 'MsiExec exit codes', zh: 'MsiExec 退出码' },
		intro: {
			en: 'The exit codes of msiexec.exe, also returned by the Windows Installer functions. 0, 1641 and 3010 mean success.',
			zh: 'msiexec.exe 的退出码，Windows Installer 函数也返回这些值。0、1641 和 3010 表示成功。',
		},
		advice: {
			en: 'An exit code is the result of the whole run. To learn why it failed, run again with a verbose log and read the first error in it. In scripts, treat 0, 1641 and 3010 as success.',
			zh: '退出码是整次运行的结果。要了解失败原因，请带详细日志重新运行，并查看其中的第一个错误。在脚本中，应将 0、1641 和 3010 视为成功。',
		},
		links: ['/tools/msiexec/', '/tools/msi-log/', '/fixes/run-elevated/'],
		sourceTitle: 'MsiExec.exe and InstMsi.exe Error Messages',
		sourceUrl: `${learn}msi/error-codes`,
		license: 'cc-by',
	},
	hresult: {
		title: { en: 'Signature and certificate HRESULTs', zh: '签名与证书 HRESULT' },
		intro: {
			en: 'Authenticode, certificate-chain, revocation and cryptography errors (TRUST_E_*, CERT_E_*, CRYPT_E_*), with their values from winerror.h.',
			zh: 'Authenticode、证书链、吊销检查和加密相关错误（TRUST_E_*、CERT_E_*、CRYPT_E_*），数值取自 winerror.h。',
		},
		advice: {
			en: 'Verify the file with signtool verify /pa /v or Get-AuthenticodeSignature, and compare its SHA-256 with the value the publisher lists. A failed signature check is a reason not to run the file until you know why.',
			zh: '用 signtool verify /pa /v 或 Get-AuthenticodeSignature 验证文件，并将其 SHA-256 与发布者公布的值比较。签名验证失败时，在弄清原因之前不要运行该文件。',
		},
		links: ['/tools/signtool/', '/tools/signtool-output/'],
		sourceTitle: 'COM Error Codes (Security and Setup)',
		sourceUrl: `${learn}com/com-error-codes-4`,
		license: 'cc-by',
	},
	signtool: {
		title: { en: 'SignTool exit codes', zh: 'SignTool 退出码' },
		intro: {
			en: 'The three exit codes of signtool.exe.',
			zh: 'signtool.exe 的三个退出码。',
		},
		advice: {
			en: 'Run signtool with /v to see the reason behind the exit code; for ordinary software verify with /pa.',
			zh: '给 signtool 加上 /v 可以看到退出码背后的原因；验证普通软件时请使用 /pa。',
		},
		links: ['/tools/signtool/', '/tools/signtool-output/'],
		sourceTitle: 'SignTool',
		sourceUrl: `${learn}seccrypto/signtool`,
		license: 'cc-by',
	},
	systemctl: {
		title: { en: 'systemctl status exit codes', zh: 'systemctl status 退出码' },
		intro: {
			en: 'The LSB-derived exit status of systemctl status (systemd).',
			zh: 'systemctl status（systemd）沿用 LSB 约定的退出状态。',
		},
		advice: {
			en: 'Exit codes of systemctl status describe the unit state, not permissions. Read the unit journal to learn why a unit is not running.',
			zh: 'systemctl status 的退出码描述的是单元状态，而不是权限。要了解单元为何没有运行，请查看该单元的日志。',
		},
		links: ['/tools/systemctl/', '/tools/journalctl/'],
		sourceTitle: 'systemctl(1)',
		sourceUrl: 'https://man7.org/linux/man-pages/man1/systemctl.1.html',
		license: 'man',
	},
	journald: {
		title: { en: 'journald priority levels', zh: 'journald 优先级' },
		intro: {
			en: 'The syslog priority levels that journalctl -p filters on, from 0 (emerg) to 7 (debug).',
			zh: 'journalctl -p 用来过滤的 syslog 优先级，从 0（emerg）到 7（debug）。',
		},
		advice: {
			en: 'journalctl -p LEVEL shows that level and every more important one; build the command with the journalctl generator.',
			zh: 'journalctl -p LEVEL 会显示该级别及所有更重要的级别；可以用 journalctl 命令生成器来生成命令。',
		},
		links: ['/tools/journalctl/'],
		sourceTitle: 'journalctl(1)',
		sourceUrl: 'https://man7.org/linux/man-pages/man1/journalctl.1.html',
		license: 'man',
	},
};

/** Labels of the site pages notes link to. */
export const PAGE_LABELS: Record<string, Text> = {
	'/start/go-2503-2502/': { en: 'Go installer fails with 2503 and 2502', zh: 'Go 安装程序报 2503 和 2502' },
	'/windows-installer/temp-permissions/': { en: 'Temp folder permissions', zh: '临时文件夹权限' },
	'/fixes/run-elevated/': { en: 'Run the installer elevated', zh: '以管理员身份运行安装程序' },
	'/diagnose/event-logs/': { en: 'Read the event logs', zh: '查看事件日志' },
	'/tools/msiexec/': { en: 'msiexec command generator', zh: 'msiexec 命令生成器' },
	'/tools/signtool/': { en: 'SignTool command generator', zh: 'SignTool 命令生成器' },
	'/tools/journalctl/': { en: 'journalctl command generator', zh: 'journalctl 命令生成器' },
	'/tools/systemctl/': { en: 'systemctl command generator', zh: 'systemctl 命令生成器' },
	'/tools/msi-log/': { en: 'MSI log checker', zh: 'MSI 日志检查工具' },
	'/tools/signtool-output/': { en: 'SignTool output checker', zh: 'SignTool 输出检查工具' },
	'/errors/': { en: 'Error code lookup', zh: '错误代码查询' },
};

/** A site path in the page's language: /zh-cn prefix for Chinese. */
export const localPath = (path: string, lang: Lang) => (lang === 'zh' ? `/zh-cn${path}` : path);
