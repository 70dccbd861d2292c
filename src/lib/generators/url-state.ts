// Form state <-> URL query string. Only values that differ from the defaults are written, so a
// shared link stays short; anything malformed falls back to the default with a notice.
import { type Msg, msg } from '../../i18n/msg';
import { INVISIBLE } from '../shell/types';
import { defaults, shown } from './common';
import { type Field, type Shell, type Spec, type State } from './types';

export interface Decoded {
	state: State;
	shell: Shell;
	notices: Msg[];
}

const key = (f: Field) => f.param ?? f.name;
const SHELL_PARAM = 'sh';
const MAX_VALUE = 32767;

export function toQuery(spec: Spec, state: State, shell: Shell): string {
	const q = new URLSearchParams();
	if (shell !== spec.shells[0]) q.set(SHELL_PARAM, shell);
	for (const f of spec.fields) {
		const v = state[f.name];
		if (f.derived || v === undefined || JSON.stringify(v) === JSON.stringify(f.default)) continue;
		if (f.kind === 'checkbox') q.set(key(f), v ? '1' : '0');
		else if (f.kind === 'list') {
			const items = Array.isArray(v) ? v.filter((x) => x !== '') : [];
			// An empty list is written as one empty value, so it does not read back as the default.
			if (items.length === 0) q.set(key(f), '');
			for (const item of items) q.append(key(f), item);
		} else if (typeof v === 'string') q.set(key(f), v);
	}
	return q.toString();
}

function bad(f: Field, raw: string): Msg {
	const text = shown(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
	return msg('gen.common.url.bad', { value: text, field: f.label });
}

/**
 * A query string decoded strictly: URLSearchParams turns a malformed escape such as %E0%A4%A into
 * U+FFFD silently, so each name and value is decoded with decodeURIComponent, and a pair that
 * does not decode is reported by its (raw) name.
 */
function strictParams(search: string): { q: URLSearchParams; malformed: string[] } {
	const q = new URLSearchParams();
	const malformed: string[] = [];
	for (const pair of search.replace(/^\?/, '').split('&')) {
		if (pair === '') continue;
		const eq = pair.indexOf('=');
		const [k, v] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
		try {
			q.append(
				decodeURIComponent(k.replaceAll('+', ' ')),
				decodeURIComponent(v.replaceAll('+', ' ')),
			);
		} catch {
			malformed.push(k);
		}
	}
	return { q, malformed };
}

/** Never throws: unknown parameters are ignored, invalid values reset to their default. */
export function fromQuery(spec: Spec, search: string | URLSearchParams): Decoded {
	const notices: Msg[] = [];
	const state = defaults(spec);
	let q: URLSearchParams;
	let malformed: string[] = [];
	try {
		if (typeof search === 'string') ({ q, malformed } = strictParams(search));
		else q = search;
	} catch {
		return { state, shell: spec.shells[0]!, notices: [msg('gen.common.url.theLinkCouldNot')] };
	}
	for (const k of malformed) {
		const f = spec.fields.find((x) => key(x) === k || encodeURIComponent(key(x)) === k);
		notices.push(msg('gen.common.url.malformed', { field: f ? f.label : k.slice(0, 20) }));
	}
	let shell = spec.shells[0]!;
	const sh = q.get(SHELL_PARAM);
	if (sh !== null) {
		if ((spec.shells as readonly string[]).includes(sh)) shell = sh as Shell;
		else notices.push(msg('gen.common.url.unknownShell', { given: shown(sh.slice(0, 20)), shell }));
	}
	for (const f of spec.fields) {
		if (f.derived) continue;
		const all = q.getAll(key(f));
		if (all.length === 0) continue;
		const raw = all[0]!;
		if (all.some((v) => v.length > MAX_VALUE || v.includes('\0'))) {
			notices.push(bad(f, raw));
			continue;
		}
		// Invisible and control characters are kept (bash shows them escaped, cmd and PowerShell
		// refuse them next to the field), but a link that brings any is pointed out.
		const hidden = all.find((v) => INVISIBLE.test(v.replaceAll('\n', '')));
		if (hidden !== undefined && f.kind !== 'checkbox' && f.kind !== 'select' && f.kind !== 'number')
			notices.push(
				msg('gen.common.url.hidden', { field: f.label, value: shown(hidden).slice(0, 80) }),
			);
		if (f.kind === 'list')
			state[f.name] = all.flatMap((v) => v.split('\n')).filter((x) => x !== '');
		else if (f.kind === 'checkbox') {
			if (raw === '1' || raw === '0') state[f.name] = raw === '1';
			else notices.push(bad(f, raw));
		} else if (f.kind === 'select') {
			if (f.options?.some((o) => o.value === raw)) state[f.name] = raw;
			else notices.push(bad(f, raw));
		} else if (f.kind === 'number') {
			const n = Number(raw);
			const ok =
				raw === '' ||
				(/^\d+$/.test(raw) &&
					(f.min === undefined || n >= f.min) &&
					(f.max === undefined || n <= f.max));
			if (ok) state[f.name] = raw;
			else notices.push(bad(f, raw));
		} else state[f.name] = raw;
	}
	return { state, shell, notices };
}
