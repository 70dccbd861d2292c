// Windows event log queries: wevtutil qe (https://learn.microsoft.com/windows-server/administration/windows-commands/wevtutil)
// and Get-WinEvent -FilterHashtable (https://learn.microsoft.com/powershell/module/microsoft.powershell.diagnostics/get-winevent).
import { msg } from '../../i18n/msg';
import { Builder, bool, finish, str } from './common';
import { renderWin } from './render-win';
import { type Result, type Shell, type Spec, type State } from './types';

const WEVTUTIL =
	'https://learn.microsoft.com/windows-server/administration/windows-commands/wevtutil';
const GET_WINEVENT =
	'https://learn.microsoft.com/powershell/module/microsoft.powershell.diagnostics/get-winevent';
const FOREACH =
	'https://learn.microsoft.com/powershell/module/microsoft.powershell.core/foreach-object';
const FORMAT_LIST =
	'https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/format-list';

export const spec: Spec = {
	id: 'event-query',
	description: msg('gen.event-query.description'),
	shells: ['cmd', 'powershell'],
	fields: [
		{
			name: 'log',
			kind: 'select',
			default: 'Application',
			param: 'log',
			label: msg('gen.event-query.field.log.label'),
			options: [
				{ value: 'Application', label: msg('gen.event-query.field.log.opt.Application') },
				{ value: 'System', label: msg('gen.event-query.field.log.opt.System') },
				{ value: 'Setup', label: msg('gen.event-query.field.log.opt.Setup') },
			],
		},
		{
			name: 'provider',
			kind: 'text',
			default: 'MsiInstaller',
			param: 'prov',
			label: msg('gen.event-query.field.provider.label'),
			help: msg('gen.event-query.field.provider.help'),
		},
		{
			name: 'eventId',
			kind: 'number',
			default: '',
			param: 'id',
			min: 0,
			max: 65535,
			label: msg('gen.event-query.field.eventId.label'),
		},
		{
			name: 'moreIds',
			kind: 'text',
			default: '',
			param: 'ids',
			placeholder: '1033, 1040',
			label: msg('gen.event-query.field.moreIds.label'),
			help: msg('gen.event-query.field.moreIds.help'),
		},
		{
			name: 'count',
			kind: 'number',
			default: '10',
			param: 'c',
			min: 1,
			label: msg('gen.event-query.field.count.label'),
		},
		{
			name: 'newest',
			kind: 'checkbox',
			default: true,
			param: 'rd',
			label: msg('gen.event-query.field.newest.label'),
		},
		{
			name: 'format',
			kind: 'select',
			default: 'text',
			param: 'f',
			label: msg('gen.event-query.field.format.label'),
			options: [
				{ value: 'text', label: msg('gen.event-query.field.format.opt.text') },
				{ value: 'xml', label: msg('gen.event-query.field.format.opt.xml') },
			],
		},
	],
};

export const LOGS = ['Application', 'System', 'Setup'];

export function generate(state: State, shell: Shell): Result {
	const b = new Builder();
	const log = LOGS.includes(str(state, 'log')) ? str(state, 'log') : 'Application';
	const provider = str(state, 'provider');
	const id = str(state, 'eventId');
	const more = str(state, 'moreIds')
		.split(/[ ,]+/)
		.filter((x) => x !== '');
	const ids = [...(id ? [id] : []), ...more];
	const count = str(state, 'count') || '10';
	const xml = str(state, 'format') === 'xml';
	const newest = bool(state, 'newest');
	if (provider && !/^[A-Za-z0-9 ._-]+$/.test(provider))
		b.error('provider', msg('gen.event-query.err.provider.providerNamesUseLetters'));
	// Event IDs are 16-bit (EventID in the event schema is an unsignedShort).
	const validId = (x: string) => /^\d{1,5}$/.test(x) && Number(x) <= 65535;
	if (id && !validId(id)) b.error('eventId', msg('gen.event-query.err.eventId.anEventIdIs'));
	if (!more.every(validId)) b.error('moreIds', msg('gen.event-query.err.eventId.anEventIdIs'));
	if (!/^[1-9]\d{0,5}$/.test(count))
		b.error('count', msg('gen.event-query.err.count.aWholeNumberOf'));
	if (shell === 'powershell') return winEvent(b, { log, provider, ids, count, xml, newest });
	b.add('wevtutil', msg('gen.event-query.tok.wevtutil'), WEVTUTIL);
	b.add('qe', msg('gen.event-query.tok.qe'), WEVTUTIL);
	b.add(log, msg('gen.event-query.tok.logName', { log }), WEVTUTIL);
	// Several IDs: any of them, XPath "or" (as Microsoft's wevtutil and Event Viewer queries write it).
	const idCond = ids.length ? `(${ids.map((x) => `EventID=${x}`).join(' or ')})` : '';
	const conds = [provider && `Provider[@Name='${provider}']`, idCond].filter(Boolean);
	if (conds.length) {
		b.forceQuotes.add(b.argv.length);
		b.add(
			`/q:*[System[${conds.join(' and ')}]]`,
			msg('gen.event-query.tok.xpathFilterOnThe'),
			WEVTUTIL,
			'provider',
		);
	}
	b.add(`/c:${count}`, msg('gen.event-query.tok.atMost', { count }), WEVTUTIL, 'count');
	if (newest) b.add('/rd:true', msg('gen.event-query.tok.rd-true'), WEVTUTIL);
	b.add(
		`/f:${xml ? 'xml' : 'text'}`,
		xml ? msg('gen.event-query.tok.xmlOutput') : msg('gen.event-query.tok.readableTextOutput'),
		WEVTUTIL,
	);
	return finish(b, shell, renderWin);
}

interface Q {
	log: string;
	provider: string;
	ids: string[];
	count: string;
	xml: boolean;
	newest: boolean;
}

/** Get-WinEvent: the filter is a hashtable value; the output stage is a second cmdlet. */
function winEvent(b: Builder, q: Q): Result {
	const filter: Record<string, string | number | readonly number[]> = { LogName: q.log };
	if (q.provider) filter.ProviderName = q.provider;
	// Id takes one ID or several (Get-WinEvent's FilterHashtable key Id is Int32[]).
	const ids = q.ids.filter((x) => /^\d+$/.test(x)).map(Number);
	if (ids.length) filter.Id = ids.length === 1 ? ids[0]! : ids;
	b.value('Get-WinEvent', msg('gen.event-query.tok.Get-WinEvent'), GET_WINEVENT);
	b.value('-FilterHashtable', msg('gen.event-query.tok.filterByLogProvider'), GET_WINEVENT);
	b.value(filter, msg('gen.event-query.tok.filterTable'), GET_WINEVENT, 'provider');
	b.value('-MaxEvents', msg('gen.event-query.tok.maxEvents'), GET_WINEVENT);
	b.value(q.count, msg('gen.event-query.tok.atMost', { count: q.count }), GET_WINEVENT, 'count');
	if (!q.newest) b.value('-Oldest', msg('gen.event-query.tok.Oldest'), GET_WINEVENT);
	b.pipe();
	if (q.xml) {
		b.value('ForEach-Object', msg('gen.event-query.tok.forEach'), FOREACH);
		b.value('-MemberName', msg('gen.event-query.tok.memberName'), FOREACH);
		b.value('ToXml', msg('gen.event-query.tok.printEachEventAs'), FOREACH);
	} else {
		b.value('Format-List', msg('gen.event-query.tok.showTimeIdLevel'), FORMAT_LIST);
		b.value(
			['TimeCreated', 'Id', 'LevelDisplayName', 'Message'],
			msg('gen.event-query.tok.properties'),
			FORMAT_LIST,
		);
	}
	return finish(b, 'powershell', renderWin);
}
