// Words people type for a page that the page itself does not say (synonyms, the sidebar name, common
// typos), per language. They reach the search index as Pagefind metadata (`aliases`), which Pagefind
// 1.5+ matches and ranks, never as hidden text on the page. Keys are site paths (no locale, no base);
// each page's words are keyed by locale tag. A language without words for a page gets none.
import type { Locale } from '../../i18n/locales';
import { splitPath } from '../urls';

export type Aliases = Readonly<Partial<Record<Locale, readonly string[]>>>;

export const ALIASES: Readonly<Record<string, Aliases>> = {
	// Tools: the sidebar name first when it differs from the page title.
	'/errors/': {
		en: ['look up any code', 'error code lookup', 'exit code', 'HRESULT decoder', 'eror code'],
		'zh-CN': ['查询任意代码', '错误代码查询', '错误码', '退出代码'],
	},
	'/tools/msi-log/': {
		en: ['MSI log analyzer', 'analyze verbose install log', 'msiexec log reader', 'instaler log'],
		'zh-CN': ['MSI 日志分析器', '分析安装日志', '详细日志'],
	},
	'/tools/permissions/': {
		en: ['permission checker', 'icacls output', 'ls -l output', 'access denied'],
		'zh-CN': ['权限检查器', '拒绝访问'],
	},
	'/tools/signtool-output/': {
		en: ['SignTool output reader', 'signature verification result'],
		'zh-CN': ['SignTool 输出解读', '签名验证结果', '没有数字签名'],
	},
	'/tools/wizard/': {
		en: ['troubleshooting wizard', 'where to start'],
		'zh-CN': ['排障向导', '从哪里开始'],
	},
	'/tools/chmod/': {
		en: ['chmod calculator', 'sticky bit', 'setuid', 'file mode', '/tmp 1777'],
		'zh-CN': ['粘滞位', '权限计算器', '文件模式'],
	},
	'/tools/journalctl/': {
		en: ['journalctl since', 'systemd logs'],
		'zh-CN': ['系统日志', '服务日志'],
	},
	'/tools/msiexec/': {
		en: ['silent install', 'quiet install', 'unattended install'],
		'zh-CN': ['静默安装', '无人值守安装'],
	},
	'/tools/icacls/': {
		en: ['folder permissions', 'grant access'],
		'zh-CN': ['文件夹权限', '授予访问权限'],
	},
	'/tools/signtool/': {
		en: ['check signature', 'verify signature'],
		'zh-CN': ['验证签名', '证书链'],
	},
	'/tools/event-query/': { en: ['event viewer', 'MsiInstaller events'], 'zh-CN': ['事件查看器'] },
	'/tools/systemctl/': { en: ['service status'], 'zh-CN': ['服务状态'] },
	// Guides: symptoms in the reader's words.
	'/fixes/go-zip-install/': {
		en: ['install go without msi', 'go zip archive', 'no installer', 'go instaler'],
		'zh-CN': ['不用 msi 安装 go', '免安装', '压缩包'],
	},
	'/fixes/msiexec-command-line/': {
		en: ['silent install', 'quiet install', 'unattended install', 'uninstall msi'],
		'zh-CN': ['静默安装', '无人值守安装', '卸载'],
	},
	'/windows-installer/signatures/': {
		en: ['certificate chain', 'not digitally signed', 'unknown publisher'],
		'zh-CN': ['证书链', '没有数字签名', '未知发布者'],
	},
	'/windows-installer/temp-permissions/': {
		en: ['temp folder', 'TEMP directory'],
		'zh-CN': ['临时文件夹', '临时目录'],
	},
	'/fixes/clean-temp/': {
		en: ['clear temp', 'delete temp files'],
		'zh-CN': ['临时目录', '清理临时文件'],
	},
	'/start/go-2503-2502/': {
		en: ['instaler eror 2503', 'installer error 2502', 'go msi error'],
		'zh-CN': ['安装程序错误 2503', '安装错误 2502'],
	},
	'/windows-installer/installer-service/': {
		en: ['another installation is in progress', 'msiserver'],
		'zh-CN': ['另一个安装正在进行', 'msiserver'],
	},
	// Code pages: a Chinese title's own words. Pagefind keeps title metadata as whitespace-split tokens,
	// so "服务无法安装，请确认…" is one token, which the query 服务无法安装 (segmented: 服务 无法 安装)
	// met only as a prefix: msi/1923 moved between 3rd and 4th with any Chinese text added to the
	// index (stops 35–37), behind 1719 and 1601, which hold 无法 only in 无法访问. Giving every Chinese
	// title its words as metadata fixed this row and pushed signal/15 to 5th for 已终止 (its official
	// text) behind titles that hold 已 and 终止, so only this title's words are stored.
	'/errors/msi/1923/': { 'zh-CN': ['服务无法安装'] },
	'/fixes/run-elevated/': {
		en: ['run as administrator', 'admin rights'],
		'zh-CN': ['以管理员身份运行', '管理员权限'],
	},
};

/** The alias text for a page, or undefined: `pathname` as served (base and locale prefix included). */
export function aliasesFor(pathname: string): string | undefined {
	const { locale, path } = splitPath(pathname);
	const words = ALIASES[path.endsWith('/') ? path : `${path}/`]?.[locale];
	if (!words?.length) return undefined;
	// Aliases in a script written without spaces are stored word by word (see below); others as typed.
	return words.some(unspaced)
		? [...new Set(words.flatMap((w) => segmented(w, locale)))].join(' ')
		: words.join(', ');
}

const unspaced = (alias: string) =>
	/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u.test(alias);

// Pagefind splits metadata on whitespace only but segments a Chinese query into words, so a Chinese
// alias is stored as its words ("临时 目录") and whole ("临时目录") to match either way.
function segmented(alias: string, locale: Locale): string[] {
	const words = [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(alias)]
		.filter((s) => s.isWordLike)
		.map((s) => s.segment);
	return [alias.replace(/\s+/g, ''), ...words];
}
