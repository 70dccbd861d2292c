// signtool verify. Options: Microsoft's SignTool page, "Verify command options"
// (https://learn.microsoft.com/windows/win32/seccrypto/signtool) and "Using SignTool to Verify a File Signature".
import { msg } from '../../i18n/msg';
import { Builder, bool, finish, joinMsgs, list, str, warnSlash, winPath } from './common';
import { renderWin } from './render-win';
import { type Result, type Shell, type Spec, type State } from './types';

const DOC = 'https://learn.microsoft.com/windows/win32/seccrypto/signtool';
const GUID = /^\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}?$/;

/** SignTool's exit codes (same page, "Return value"). */
export const EXIT_CODES = [
	{ code: 0, meaning: msg('gen.signtool.exit.0') },
	{ code: 1, meaning: msg('gen.signtool.exit.1') },
	{ code: 2, meaning: msg('gen.signtool.exit.2') },
];

export const spec: Spec = {
	id: 'signtool',
	description: msg('gen.signtool.description'),
	shells: ['cmd', 'powershell'],
	fields: [
		{
			name: 'files',
			kind: 'list',
			default: ['C:\\Downloads\\setup.exe'],
			param: 'f',
			label: msg('gen.signtool.field.files.label'),
		},
		{
			name: 'policy',
			kind: 'select',
			default: 'pa',
			param: 'pol',
			label: msg('gen.signtool.field.policy.label'),
			options: [
				{ value: 'pa', label: msg('gen.signtool.field.policy.opt.pa') },
				{ value: '', label: msg('gen.signtool.field.policy.opt.none') },
				{ value: 'kp', label: msg('gen.signtool.field.policy.opt.kp') },
				{ value: 'pg', label: msg('gen.signtool.field.policy.opt.pg') },
			],
		},
		{
			name: 'policyGuid',
			kind: 'text',
			default: '',
			param: 'pg',
			label: msg('gen.signtool.field.policyGuid.label'),
		},
		{
			name: 'catalog',
			kind: 'select',
			default: '',
			param: 'cat',
			label: msg('gen.signtool.field.catalog.label'),
			options: [
				{ value: '', label: msg('gen.signtool.field.catalog.opt.none') },
				{ value: 'a', label: msg('gen.signtool.field.catalog.opt.a') },
				{ value: 'c', label: msg('gen.signtool.field.catalog.opt.c') },
			],
		},
		{
			name: 'catalogFile',
			kind: 'text',
			default: '',
			param: 'cf',
			label: msg('gen.signtool.field.catalogFile.label'),
		},
		{
			name: 'hash',
			kind: 'select',
			default: '',
			param: 'h',
			label: msg('gen.signtool.field.hash.label'),
			options: [
				{ value: '', label: msg('gen.signtool.field.hash.opt.none') },
				{ value: 'SHA1', label: msg('gen.signtool.field.hash.opt.SHA1') },
				{ value: 'SHA256', label: msg('gen.signtool.field.hash.opt.SHA256') },
			],
		},
		{
			name: 'osVersion',
			kind: 'text',
			default: '',
			param: 'o',
			label: msg('gen.signtool.field.osVersion.label'),
			placeholder: '2:6.1.7600',
			help: msg('gen.signtool.field.osVersion.help'),
		},
		{
			name: 'all',
			kind: 'checkbox',
			default: false,
			param: 'all',
			label: msg('gen.signtool.field.all.label'),
		},
		{
			name: 'index',
			kind: 'number',
			default: '',
			param: 'ds',
			min: 0,
			label: msg('gen.signtool.field.index.label'),
		},
		{
			name: 'ms',
			kind: 'checkbox',
			default: false,
			param: 'ms',
			label: msg('gen.signtool.field.ms.label'),
		},
		{
			name: 'ph',
			kind: 'checkbox',
			default: false,
			param: 'ph',
			label: msg('gen.signtool.field.ph.label'),
		},
		{
			name: 'd',
			kind: 'checkbox',
			default: false,
			param: 'd',
			label: msg('gen.signtool.field.d.label'),
		},
		{
			name: 'tw',
			kind: 'checkbox',
			default: false,
			param: 'tw',
			label: msg('gen.signtool.field.tw.label'),
		},
		{
			name: 'verbose',
			kind: 'checkbox',
			default: true,
			param: 'v',
			label: msg('gen.signtool.field.verbose.label'),
		},
	],
};

export function generate(state: State, shell: Shell): Result {
	const b = new Builder();
	b.add('signtool', msg('gen.signtool.tok.signtool'), DOC);
	b.add(
		'verify',
		msg('gen.signtool.tok.verify', {
			codes: joinMsgs(
				EXIT_CODES.map((e) => msg('gen.signtool.exitCode', e)),
				'space',
			),
		}),
		DOC,
	);
	const policy = str(state, 'policy');
	const catalog = str(state, 'catalog');
	if (policy === 'pa') b.add('/pa', msg('gen.signtool.tok.pa'), DOC);
	else if (policy === 'kp') b.add('/kp', msg('gen.signtool.tok.kp'), DOC);
	else if (policy === 'pg') {
		const g = str(state, 'policyGuid');
		if (!GUID.test(g)) b.error('policyGuid', msg('gen.signtool.err.policyGuid.aGuidSuchAs'));
		b.add('/pg', msg('gen.signtool.tok.pg'), DOC);
		b.add(g, msg('gen.signtool.tok.policyGuid'), DOC, 'policyGuid');
	} else b.warn(msg('gen.signtool.warn.withoutPaSigntoolUses'));
	if (catalog === 'a') b.add('/a', msg('gen.signtool.tok.a'), DOC);
	if (catalog === 'c') {
		const cf = str(state, 'catalogFile');
		if (!cf) b.error('catalogFile', msg('gen.signtool.err.catalogFile.giveTheCatalogFile'));
		warnSlash(b, cf);
		b.add('/c', msg('gen.signtool.tok.c'), DOC);
		b.add(winPath(cf), msg('gen.signtool.tok.catalogFile'), DOC, 'catalogFile');
	}
	const os = str(state, 'osVersion');
	if (os) {
		if (!/^\d+:\d+\.\d+\.\d+$/.test(os))
			b.error('osVersion', msg('gen.signtool.err.osVersion.formatPlatformidVermajorVerminor'));
		b.add('/o', msg('gen.signtool.tok.o'), DOC);
		b.add(os, msg('gen.signtool.tok.osVersion'), DOC, 'osVersion');
	}
	const hash = str(state, 'hash');
	if (hash === 'SHA1' || hash === 'SHA256') {
		b.add('/hash', msg('gen.signtool.tok.hash'), DOC);
		b.add(hash, msg('gen.signtool.tok.hashName', { hash }), DOC);
		if (!catalog) b.warn(msg('gen.signtool.warn.hashOnlyMattersWhen'));
	}
	const ds = str(state, 'index');
	if (ds) {
		if (!/^\d{1,4}$/.test(ds)) b.error('index', msg('gen.signtool.err.index.aSignatureIndex0'));
		if (bool(state, 'all')) b.error('index', msg('gen.signtool.err.index.dsPicksOneSignature'));
		b.add('/ds', msg('gen.signtool.tok.ds'), DOC);
		b.add(ds, msg('gen.signtool.tok.signatureIndex'), DOC, 'index');
	}
	if (bool(state, 'all')) b.add('/all', msg('gen.signtool.tok.all'), DOC);
	if (bool(state, 'ms')) b.add('/ms', msg('gen.signtool.tok.ms'), DOC);
	if (bool(state, 'ph')) b.add('/ph', msg('gen.signtool.tok.ph'), DOC);
	if (bool(state, 'd')) b.add('/d', msg('gen.signtool.tok.d'), DOC);
	if (bool(state, 'tw')) b.add('/tw', msg('gen.signtool.tok.tw'), DOC);
	if (bool(state, 'verbose')) b.add('/v', msg('gen.signtool.tok.v'), DOC);
	const files = list(state, 'files');
	if (files.length === 0) b.error('files', msg('gen.signtool.err.files.giveAtLeastOne'));
	for (const f of files) {
		warnSlash(b, f);
		b.add(winPath(f), msg('gen.signtool.tok.fileToVerify'), DOC, 'files');
	}
	return finish(b, shell, renderWin);
}
