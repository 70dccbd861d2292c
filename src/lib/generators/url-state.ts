// Form state <-> URL query string. Only values that differ from the defaults are written, so a
// shared link stays short; anything malformed falls back to the default with a notice.
import { defaults } from './common';
import { type Field, type L10n, type Shell, type Spec, type State, l } from './types';

export interface Decoded {
	state: State;
	shell: Shell;
	notices: L10n[];
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
		}
		else if (typeof v === 'string') q.set(key(f), v);
	}
	return q.toString();
}

function bad(f: Field, raw: string): L10n {
	const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
	return l(`The link's value "${shown}" for ${f.label.en} was not valid; the default is used.`, `链接中“${f.label['zh-CN']}”的值“${shown}”无效，已改用默认值。`);
}

/** Never throws: unknown parameters are ignored, invalid values reset to their default. */
export function fromQuery(spec: Spec, search: string | URLSearchParams): Decoded {
	const notices: L10n[] = [];
	const state = defaults(spec);
	let q: URLSearchParams;
	try {
		q = typeof search === 'string' ? new URLSearchParams(search) : search;
	} catch {
		return { state, shell: spec.shells[0]!, notices: [l('The link could not be read; defaults are shown.', '无法读取该链接，已显示默认值。')] };
	}
	let shell = spec.shells[0]!;
	const sh = q.get(SHELL_PARAM);
	if (sh !== null) {
		if ((spec.shells as readonly string[]).includes(sh)) shell = sh as Shell;
		else notices.push(l(`Unknown shell "${sh.slice(0, 20)}"; ${shell} is used.`, `未知的 shell“${sh.slice(0, 20)}”，已改用 ${shell}。`));
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
		if (f.kind === 'list') state[f.name] = all.flatMap((v) => v.split('\n')).filter((x) => x !== '');
		else if (f.kind === 'checkbox') {
			if (raw === '1' || raw === '0') state[f.name] = raw === '1';
			else notices.push(bad(f, raw));
		} else if (f.kind === 'select') {
			if (f.options?.some((o) => o.value === raw)) state[f.name] = raw;
			else notices.push(bad(f, raw));
		} else if (f.kind === 'number') {
			const n = Number(raw);
			const ok = raw === '' || (/^\d+$/.test(raw) && (f.min === undefined || n >= f.min) && (f.max === undefined || n <= f.max));
			if (ok) state[f.name] = raw;
			else notices.push(bad(f, raw));
		} else state[f.name] = raw;
	}
	return { state, shell, notices };
}
