// signtool verify. Options: Microsoft's SignTool page, "Verify command options"
// (https://learn.microsoft.com/windows/win32/seccrypto/signtool) and "Using SignTool to Verify a File Signature".
import { Builder, bool, finish, list, str, warnSlash, winPath } from './common';
import { type Result, type Shell, type Spec, type State, l } from './types';

const DOC = 'https://learn.microsoft.com/windows/win32/seccrypto/signtool';
const GUID = /^\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}?$/;

/** SignTool's exit codes (same page, "Return value"). */
export const EXIT_CODES = [
	{ code: 0, meaning: l('Success: the signature verified.', '成功：签名验证通过。') },
	{ code: 1, meaning: l('Failure: the signature did not verify (or the command failed).', '失败：签名未通过验证（或命令执行失败）。') },
	{ code: 2, meaning: l('Completed with warnings (for example /tw and no timestamp).', '完成但有警告（例如使用 /tw 而签名没有时间戳）。') },
];

const opt = (value: string, en: string, zh: string) => ({ value, label: l(en, zh) });

export const spec: Spec = {
	id: 'signtool',
	title: l('signtool verify command generator', 'signtool verify 命令生成器'),
	description: l('Build a signtool verify command: verification policy, catalog lookup, signature index, OS version and output options, with the exit codes explained.', '生成 signtool verify 命令：验证策略、目录查找、签名序号、操作系统版本和输出选项，并解释退出代码。'),
	shells: ['cmd', 'powershell'],
	fields: [
		{ name: 'files', kind: 'list', default: ['C:\\Downloads\\setup.exe'], param: 'f', label: l('Files to verify, one per line', '要验证的文件，每行一个') },
		{ name: 'policy', kind: 'select', default: 'pa', param: 'pol', label: l('Verification policy', '验证策略'), options: [opt('pa', 'Default Authentication (/pa) — ordinary code signing', '默认身份验证策略 (/pa) — 普通代码签名'), opt('', 'Windows driver policy (no option)', 'Windows 驱动程序策略（不加选项）'), opt('kp', 'Kernel-mode driver policy (/kp)', '内核模式驱动程序策略 (/kp)'), opt('pg', 'Policy by GUID (/pg)', '按 GUID 指定策略 (/pg)')] },
		{ name: 'policyGuid', kind: 'text', default: '', param: 'pg', label: l('Policy GUID for /pg', '/pg 的策略 GUID') },
		{ name: 'catalog', kind: 'select', default: '', param: 'cat', label: l('Catalog lookup', '目录查找'), options: [opt('', 'Embedded signature only', '仅嵌入的签名'), opt('a', 'All methods (/a)', '所有方法 (/a)'), opt('c', 'This catalog file (/c)', '指定目录文件 (/c)')] },
		{ name: 'catalogFile', kind: 'text', default: '', param: 'cf', label: l('Catalog file for /c', '/c 的目录文件') },
		{ name: 'hash', kind: 'select', default: '', param: 'h', label: l('Catalog search hash (/hash)', '目录搜索哈希 (/hash)'), options: [opt('', 'Default', '默认'), opt('SHA1', 'SHA1', 'SHA1'), opt('SHA256', 'SHA256', 'SHA256')] },
		{ name: 'osVersion', kind: 'text', default: '', param: 'o', label: l('OS version (/o)', '操作系统版本 (/o)'), placeholder: '2:6.1.7600', help: l('PlatformID:VerMajor.VerMinor.BuildNumber', 'PlatformID:主版本.次版本.内部版本号') },
		{ name: 'all', kind: 'checkbox', default: false, param: 'all', label: l('Every signature (/all)', '所有签名 (/all)') },
		{ name: 'index', kind: 'number', default: '', param: 'ds', min: 0, label: l('Only signature number (/ds)', '仅第几个签名 (/ds)') },
		{ name: 'ms', kind: 'checkbox', default: false, param: 'ms', label: l('Multiple-semantics (/ms)', '多重验证语义 (/ms)') },
		{ name: 'ph', kind: 'checkbox', default: false, param: 'ph', label: l('Page hashes (/ph)', '页哈希 (/ph)') },
		{ name: 'd', kind: 'checkbox', default: false, param: 'd', label: l('Print description (/d)', '显示描述 (/d)') },
		{ name: 'tw', kind: 'checkbox', default: false, param: 'tw', label: l('Warn if not timestamped (/tw)', '无时间戳时警告 (/tw)') },
		{ name: 'verbose', kind: 'checkbox', default: true, param: 'v', label: l('Verbose (/v)', '详细输出 (/v)') },
	],
};

export function generate(state: State, shell: Shell): Result {
	const b = new Builder();
	b.add('signtool', l('SignTool from the Windows SDK (run it from a Developer Command Prompt or give its full path).', 'Windows SDK 中的 SignTool（在开发人员命令提示符中运行，或写出完整路径）。'), DOC);
	b.add('verify', l(`Verify signatures. Exit code: ${EXIT_CODES.map((e) => `${e.code} ${e.meaning.en}`).join(' ')}`, `验证签名。退出代码：${EXIT_CODES.map((e) => `${e.code} ${e.meaning['zh-CN']}`).join(' ')}`), DOC);
	const policy = str(state, 'policy');
	const catalog = str(state, 'catalog');
	if (policy === 'pa') b.add('/pa', l('Default Authentication Verification Policy (Authenticode): right for ordinary code-signing certificates.', '默认身份验证策略（Authenticode）：适用于普通代码签名证书。'), DOC);
	else if (policy === 'kp') b.add('/kp', l('Verify with the x64 kernel-mode driver signing policy.', '使用 x64 内核模式驱动程序签名策略验证。'), DOC);
	else if (policy === 'pg') {
		const g = str(state, 'policyGuid');
		if (!GUID.test(g)) b.error('policyGuid', l('A GUID such as {00AAC56B-CD44-11d0-8CC2-00C04FC295EE}.', 'GUID，例如 {00AAC56B-CD44-11d0-8CC2-00C04FC295EE}。'));
		b.add('/pg', l('Use the verification policy with this ActionID GUID.', '使用此 ActionID GUID 的验证策略。'), DOC);
		b.add(g, l('Policy GUID.', '策略 GUID。'), DOC, 'policyGuid');
	} else b.warn(l('Without /pa, SignTool uses the Windows driver policy: an ordinary code-signing certificate usually fails it.', '不加 /pa 时，SignTool 使用 Windows 驱动程序策略：普通代码签名证书通常无法通过。'));
	if (catalog === 'a') b.add('/a', l('Try every method: catalogs first, then the embedded signature.', '尝试所有方法：先查目录，再查嵌入的签名。'), DOC);
	if (catalog === 'c') {
		const cf = str(state, 'catalogFile');
		if (!cf) b.error('catalogFile', l('Give the catalog file.', '请填写目录文件。'));
		warnSlash(b, cf);
		b.add('/c', l('Verify against this catalog file.', '根据此目录文件验证。'), DOC);
		b.add(winPath(cf), l('Catalog file.', '目录文件。'), DOC, 'catalogFile');
	}
	const os = str(state, 'osVersion');
	if (os) {
		if (!/^\d+:\d+\.\d+\.\d+$/.test(os)) b.error('osVersion', l('Format PlatformID:VerMajor.VerMinor.BuildNumber, e.g. 2:6.1.7600.', '格式为 PlatformID:主版本.次版本.内部版本号，例如 2:6.1.7600。'));
		b.add('/o', l('Verify for this operating system version.', '针对此操作系统版本验证。'), DOC);
		b.add(os, l('OS version.', '操作系统版本。'), DOC, 'osVersion');
	}
	const hash = str(state, 'hash');
	if (hash === 'SHA1' || hash === 'SHA256') {
		b.add('/hash', l('Hash algorithm used to find the file in a catalog.', '在目录中查找文件时使用的哈希算法。'), DOC);
		b.add(hash, l(hash, hash), DOC);
		if (!catalog) b.warn(l('/hash only matters when a catalog is searched (/a or /c).', '/hash 只在搜索目录（/a 或 /c）时有意义。'));
	}
	const ds = str(state, 'index');
	if (ds) {
		if (!/^\d{1,4}$/.test(ds)) b.error('index', l('A signature index: 0, 1, 2 …', '签名序号：0、1、2……'));
		if (bool(state, 'all')) b.error('index', l('/ds picks one signature; /all verifies all of them. Choose one.', '/ds 选择一个签名，/all 验证全部签名，二者择一。'));
		b.add('/ds', l('Verify only the signature at this index (0 is the first).', '仅验证此序号的签名（0 为第一个）。'), DOC);
		b.add(ds, l('Signature index.', '签名序号。'), DOC, 'index');
	}
	if (bool(state, 'all')) b.add('/all', l('Verify every signature of a file with several.', '验证有多个签名的文件的每个签名。'), DOC);
	if (bool(state, 'ms')) b.add('/ms', l('Multiple-verification semantics (the default of a WinVerifyTrust call).', '多重验证语义（WinVerifyTrust 调用的默认行为）。'), DOC);
	if (bool(state, 'ph')) b.add('/ph', l('Print and verify page hashes.', '显示并验证页哈希。'), DOC);
	if (bool(state, 'd')) b.add('/d', l('Print the description and description URL.', '显示描述及描述 URL。'), DOC);
	if (bool(state, 'tw')) b.add('/tw', l('Warn (exit code 2) if the signature has no timestamp.', '签名没有时间戳时发出警告（退出代码 2）。'), DOC);
	if (bool(state, 'verbose')) b.add('/v', l('Verbose: also shows the signer certificate chain.', '详细输出：同时显示签名者证书链。'), DOC);
	const files = list(state, 'files');
	if (files.length === 0) b.error('files', l('Give at least one file.', '请至少填写一个文件。'));
	for (const f of files) {
		warnSlash(b, f);
		b.add(winPath(f), l('File to verify.', '要验证的文件。'), DOC, 'files');
	}
	return finish(b, shell);
}
