// Windows event log queries: wevtutil qe (https://learn.microsoft.com/windows-server/administration/windows-commands/wevtutil)
// and Get-WinEvent -FilterHashtable (https://learn.microsoft.com/powershell/module/microsoft.powershell.diagnostics/get-winevent).
import { singleQuoted } from '../shell/powershell';
import { Builder, bool, finish, str } from './common';
import { type Result, type Shell, type Spec, type State, l } from './types';

const WEVTUTIL = 'https://learn.microsoft.com/windows-server/administration/windows-commands/wevtutil';
const GET_WINEVENT = 'https://learn.microsoft.com/powershell/module/microsoft.powershell.diagnostics/get-winevent';
const opt = (value: string, en: string, zh = en) => ({ value, label: l(en, zh) });

export const spec: Spec = {
	id: 'event-query',
	title: l('Windows event log query generator', 'Windows 事件日志查询生成器'),
	description: l('Build a wevtutil or Get-WinEvent command that shows the newest events of one provider, such as MsiInstaller in the Application log.', '生成 wevtutil 或 Get-WinEvent 命令，显示某个提供程序（如 Application 日志中的 MsiInstaller）的最新事件。'),
	shells: ['cmd', 'powershell'],
	fields: [
		{ name: 'log', kind: 'select', default: 'Application', param: 'log', label: l('Log', '日志'), options: [opt('Application', 'Application'), opt('System', 'System'), opt('Setup', 'Setup')] },
		{ name: 'provider', kind: 'text', default: 'MsiInstaller', param: 'prov', label: l('Provider (source)', '提供程序（来源）'), help: l('MsiInstaller logs Windows Installer results (for example event 11708: installation failed). Leave empty for all.', 'MsiInstaller 记录 Windows Installer 的结果（例如事件 11708：安装失败）。留空表示全部。') },
		{ name: 'eventId', kind: 'number', default: '', param: 'id', min: 0, max: 65535, label: l('Event ID', '事件 ID') },
		{ name: 'count', kind: 'number', default: '10', param: 'c', min: 1, label: l('How many events', '事件数量') },
		{ name: 'newest', kind: 'checkbox', default: true, param: 'rd', label: l('Newest first', '最新的在前') },
		{ name: 'format', kind: 'select', default: 'text', param: 'f', label: l('Format', '格式'), options: [opt('text', 'Text', '文本'), opt('xml', 'XML')] },
	],
};

const LOGS = ['Application', 'System', 'Setup'];

export function generate(state: State, shell: Shell): Result {
	const b = new Builder();
	const log = LOGS.includes(str(state, 'log')) ? str(state, 'log') : 'Application';
	const provider = str(state, 'provider');
	const id = str(state, 'eventId');
	const count = str(state, 'count') || '10';
	const xml = str(state, 'format') === 'xml';
	const newest = bool(state, 'newest');
	if (provider && !/^[A-Za-z0-9 ._-]+$/.test(provider)) b.error('provider', l('Provider names use letters, digits, space, . _ - only.', '提供程序名称只能包含字母、数字、空格及 . _ -。'));
	// Event IDs are 16-bit (EventID in the event schema is an unsignedShort).
	if (id && !(/^\d{1,5}$/.test(id) && Number(id) <= 65535)) b.error('eventId', l('An event ID is a number up to 65535.', '事件 ID 是不超过 65535 的数字。'));
	if (!/^[1-9]\d{0,5}$/.test(count)) b.error('count', l('A whole number of at least 1.', '至少为 1 的整数。'));
	if (shell === 'powershell') return winEvent(b, { log, provider, id, count, xml, newest });
	b.add('wevtutil', l('Windows Events command-line utility.', 'Windows 事件命令行工具。'), WEVTUTIL);
	b.add('qe', l('Query events from a log.', '从日志中查询事件。'), WEVTUTIL);
	b.add(log, l(`The ${log} log.`, `${log} 日志。`), WEVTUTIL);
	const conds = [provider && `Provider[@Name='${provider}']`, id && `(EventID=${id})`].filter(Boolean);
	if (conds.length) {
		b.forceQuotes.add(b.argv.length);
		b.add(`/q:*[System[${conds.join(' and ')}]]`, l('XPath filter on the System part of each event.', '对每个事件的 System 部分做 XPath 筛选。'), WEVTUTIL, 'provider');
	}
	b.add(`/c:${count}`, l(`At most ${count} events.`, `最多 ${count} 个事件。`), WEVTUTIL, 'count');
	if (newest) b.add('/rd:true', l('Newest events first.', '最新事件在前。'), WEVTUTIL);
	b.add(`/f:${xml ? 'xml' : 'text'}`, xml ? l('XML output.', 'XML 输出。') : l('Readable text output.', '可读的文本输出。'), WEVTUTIL);
	return finish(b, shell);
}

interface Q { log: string; provider: string; id: string; count: string; xml: boolean; newest: boolean }

/** Get-WinEvent: every user value goes through PowerShell single-quote rules. */
function winEvent(b: Builder, q: Q): Result {
	const pairs = [`LogName=${singleQuoted(q.log)}`];
	if (q.provider) pairs.push(`ProviderName=${singleQuoted(q.provider)}`);
	if (q.id) pairs.push(`Id=${q.id}`);
	const table = `@{${pairs.join('; ')}}`;
	b.add('Get-WinEvent', l('Read events from event logs.', '读取事件日志中的事件。'), GET_WINEVENT);
	b.add(`-FilterHashtable ${table}`, l('Filter by log, provider and ID (faster than filtering afterwards).', '按日志、提供程序和 ID 筛选（比事后筛选更快）。'), GET_WINEVENT);
	b.add(`-MaxEvents ${q.count}`, l(`At most ${q.count} events.`, `最多 ${q.count} 个事件。`), GET_WINEVENT, 'count');
	if (!q.newest) b.add('-Oldest', l('Oldest events first (the default is newest first).', '最旧的事件在前（默认最新的在前）。'), GET_WINEVENT);
	const tail = q.xml ? ' | ForEach-Object { $_.ToXml() }' : ' | Format-List TimeCreated, Id, LevelDisplayName, Message';
	b.add(tail.slice(3), q.xml ? l('Print each event as XML.', '把每个事件输出为 XML。') : l('Show time, ID, level and full message.', '显示时间、ID、级别和完整消息。'), GET_WINEVENT);
	const cmd = `Get-WinEvent -FilterHashtable ${table} -MaxEvents ${q.count}${q.newest ? '' : ' -Oldest'}${tail}`;
	return finish(b, 'powershell', 'crt', () => cmd);
}
