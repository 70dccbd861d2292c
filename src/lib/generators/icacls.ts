// icacls. Syntax and examples: https://learn.microsoft.com/windows-server/administration/windows-commands/icacls
import { Builder, bool, finish, str, warnSlash, winPath } from './common';
import { type Result, type Shell, type Spec, type State, l } from './types';

const DOC = 'https://learn.microsoft.com/windows-server/administration/windows-commands/icacls';
const opt = (value: string, en: string, zh: string) => ({ value, label: l(en, zh) });
const RIGHTS: Record<string, [string, string]> = {
	F: ['full access', '完全访问'], M: ['modify', '修改'], RX: ['read and execute', '读取和执行'],
	R: ['read-only', '只读'], W: ['write-only', '只写'], D: ['delete', '删除'], N: ['no access', '无访问权限'],
};

/** The icacls page's simple and specific rights, the ones allowed in parentheses (its example: (D,WDAC)). */
const SPECIFIC = new Set(['F', 'M', 'RX', 'R', 'W', 'D', 'N', 'DE', 'RC', 'WDAC', 'WO', 'S', 'AS', 'MA', 'GR', 'GW', 'GE', 'GA', 'RD', 'WD', 'AD', 'REA', 'WEA', 'X', 'DC', 'RA', 'WA']);

export const spec: Spec = {
	id: 'icacls',
	title: l('icacls command generator', 'icacls 命令生成器'),
	description: l('Build an icacls command to inspect a folder\'s permissions (such as %TEMP%), grant a user or SID access with inheritance, or reset the ACL to inherited defaults.', '生成 icacls 命令：查看文件夹（如 %TEMP%）的权限，为用户或 SID 授予可继承的访问权限，或把 ACL 重置为继承的默认值。'),
	shells: ['cmd', 'powershell'],
	fields: [
		{ name: 'action', kind: 'select', default: 'inspect', param: 'a', label: l('Action', '操作'), options: [opt('inspect', 'Show permissions', '查看权限'), opt('grant', 'Grant access (/grant)', '授予权限 (/grant)'), opt('reset', 'Reset to inherited (/reset)', '重置为继承的权限 (/reset)')] },
		{ name: 'path', kind: 'text', default: '%TEMP%', param: 'p', label: l('File or folder', '文件或文件夹'), help: l('%NAME% variables such as %TEMP% are expanded by the shell.', '%TEMP% 这类 %NAME% 变量由 shell 展开。') },
		{ name: 'principal', kind: 'text', default: '%USERNAME%', param: 'who', label: l('User, group or *SID', '用户、组或 *SID'), help: l('A name such as %USERNAME% or Administrators, or a SID with a leading *, e.g. *S-1-5-18 (SYSTEM).', '名称（如 %USERNAME% 或 Administrators），或前面加 * 的 SID，例如 *S-1-5-18（SYSTEM）。') },
		{ name: 'perm', kind: 'text', default: 'F', param: 'perm', label: l('Rights', '权限'), help: l('F, M, RX, R, W, D, N, or a list in parentheses such as (D,WDAC).', 'F、M、RX、R、W、D、N，或括号中的列表，如 (D,WDAC)。') },
		{ name: 'inherit', kind: 'checkbox', default: true, param: 'inh', label: l('Inherit to files and subfolders ((OI)(CI))', '继承到文件和子文件夹 ((OI)(CI))') },
		{ name: 'replace', kind: 'checkbox', default: false, param: 'r', label: l('Replace this principal\'s existing grants (/grant:r)', '替换该主体已有的授权 (/grant:r)') },
		{ name: 'recurse', kind: 'checkbox', default: false, param: 'T', label: l('Also all files and subfolders (/T)', '同时处理所有文件和子文件夹 (/T)') },
	],
};

export function generate(state: State, shell: Shell): Result {
	const b = new Builder();
	const action = str(state, 'action') || 'inspect';
	const path = str(state, 'path');
	b.add('icacls', l('Show or change access control lists (ACLs).', '查看或修改访问控制列表 (ACL)。'), DOC);
	if (!path) b.error('path', l('Give a file or folder.', '请填写文件或文件夹。'));
	warnSlash(b, path);
	b.add(winPath(path), path.includes('%') ? l('Path; %NAME% is replaced by the variable\'s value.', '路径；%NAME% 会被替换为变量的值。') : l('Path.', '路径。'), DOC, 'path');
	if (action === 'grant') grant(state, b);
	if (action === 'reset') b.add('/reset', l('Replace the ACL with the default inherited ACL.', '用默认的继承 ACL 替换现有 ACL。'), DOC);
	if (action !== 'inspect' && bool(state, 'recurse')) b.add('/T', l('Apply to all matching files and subfolders too.', '同时应用到所有匹配的文件和子文件夹。'), DOC);
	return finish(b, shell);
}

function grant(state: State, b: Builder): void {
	const who = str(state, 'principal');
	const perm = str(state, 'perm').toUpperCase();
	if (!who) b.error('principal', l('Give a user, group or *SID.', '请填写用户、组或 *SID。'));
	else if (who.startsWith('*') && !/^\*S-1(-\d+)+$/.test(who)) b.error('principal', l('A SID looks like *S-1-5-18.', 'SID 的格式如 *S-1-5-18。'));
	else if (/[:"]/.test(who)) b.error('principal', l('A name cannot contain : or ".', '名称不能包含 : 或 "。'));
	const simple = RIGHTS[perm];
	if (!simple && !(/^\([A-Z]+(?:,[A-Z]+)*\)$/.test(perm) && perm.slice(1, -1).split(',').every((r) => SPECIFIC.has(r)))) b.error('perm', l('Use F, M, RX, R, W, D, N or a list in parentheses such as (D,WDAC) of those and the specific rights DE RC WDAC WO S AS MA GR GW GE GA RD WD AD REA WEA X DC RA WA.', '请使用 F、M、RX、R、W、D、N，或括号中的列表，如 (D,WDAC)，列表可含上述权限及特定权限 DE RC WDAC WO S AS MA GR GW GE GA RD WD AD REA WEA X DC RA WA。'));
	const inh = bool(state, 'inherit') ? '(OI)(CI)' : '';
	const flag = bool(state, 'replace') ? '/grant:r' : '/grant';
	b.add(flag, bool(state, 'replace') ? l('Grant, replacing earlier explicit grants of this principal.', '授予权限，并替换该主体之前的显式授权。') : l('Grant rights (added to existing ones).', '授予权限（在现有权限上添加）。'), DOC);
	const parts = winPath(who);
	const ace = typeof parts === 'string' ? `${parts}:${inh}${perm}` : [...parts, `:${inh}${perm}`];
	const rights = simple ? l(simple[0], simple[1]) : l(perm, perm);
	b.add(ace, l(`${who} gets ${rights.en}${inh ? '; (OI)(CI): inherited by files and subfolders' : ''}.`, `${who} 获得${rights['zh-CN']}${inh ? '；(OI)(CI)：由文件和子文件夹继承' : ''}。`), DOC, 'principal');
	if (/^(everyone|\*S-1-1-0|users|\*S-1-5-32-545)$/i.test(who) && /^(F|M|W)$/.test(perm))
		b.warn(l('Giving Everyone or Users write access lets any account change these files.', '给 Everyone 或 Users 写权限会让任何账户都能修改这些文件。'));
}
