// Explain mode's reader of msiexec commands: the arguments of a pasted command -> the form state of
// ../msiexec.ts, the generator it inverts. Kept apart from the generator so that the generator's page,
// which only writes commands, never downloads it.

import type { Parsed, State } from '../types';
import { RESTART, SERVICE, UI, spec } from '../msiexec';

/**
 * Inverse of buildArgs, for explain mode: msiexec's arguments (after the program) -> form state.
 * Options are case-insensitive and take / or - (Command-Line Options). `elevate` comes from the
 * wrapper (Start-Process -Verb RunAs); cmd cannot elevate, so there it keeps the form's default.
 */
export function parse(args: readonly string[], elevate = true): Parsed {
	const s: State = {
		...Object.fromEntries(
			spec.fields.map((f) => [f.name, Array.isArray(f.default) ? [...f.default] : f.default]),
		),
		elevate,
	};
	const canon: (string | null)[] = args.map(() => null);
	const props: string[] = [];
	// An option's value is the next argument, whatever it looks like (explain warns when it starts with /).
	const take = (i: number): string | undefined => args[i];
	for (let i = 0; i < args.length; i++) {
		const a = args[i]!;
		const opt = /^[/-]/.test(a) ? a.slice(1).toLowerCase() : null;
		const flag = opt === null ? null : opt === 'package' ? 'i' : opt === 'uninstall' ? 'x' : opt;
		const service = flag === 'unreg' ? 'unregister' : flag;
		if (service !== null && SERVICE.has(service)) {
			s.action = service;
			canon[i] = `/${service}`;
		} else if (flag !== null && RESTART[flag]) {
			s.restart = flag;
			canon[i] = a;
		} else if (
			flag === 'i' ||
			flag === 'x' ||
			flag === 'a' ||
			(flag !== null && /^f[poedcaumsv]*$/.test(flag))
		) {
			s.action = { i: 'install', x: 'uninstall', a: 'admin' }[flag] ?? 'repair';
			if (s.action === 'repair') s.repairFlags = flag.slice(1);
			canon[i] = s.action === 'repair' ? `/f${flag.slice(1) || 'omus'}` : `/${flag}`;
			const t = take(i + 1);
			if (t !== undefined) {
				s.target = t;
				canon[++i] = t;
			} else s.target = '';
		} else if (flag === 'p' || flag === 'update') {
			s.action = flag === 'p' ? 'patch' : 'update';
			canon[i] = `/${flag}`;
			const t = take(i + 1);
			// One patch per list item, unless that would change the text (empty items, spaces at the edges).
			const items = t === undefined ? [] : t.split(';');
			s.patches = items.every((x) => x !== '' && x.trim() === x) ? items : t?.trim() ? [t] : [];
			// The generator writes the list joined again (empty items dropped): that is this token's text.
			if (t !== undefined) canon[++i] = (s.patches as string[]).join(';').trim();
		} else if (flag !== null && (UI[flag] || flag === 'q')) {
			s.ui = flag === 'q' ? 'qn' : flag;
			canon[i] = `/${s.ui}`;
		} else if (flag !== null && (/^l[iwearucmopvx+!*]*$/.test(flag) || flag === 'log')) {
			s.logFlags = flag === 'log' ? '*' : flag.slice(1);
			canon[i] = `/l${s.logFlags}`;
			const t = take(i + 1);
			s.log = t ?? '';
			if (t !== undefined) canon[++i] = t;
		} else if (opt === null && /^[A-Za-z_][A-Za-z0-9_.]*=/.test(a)) {
			const name = a.slice(0, a.indexOf('=')).toUpperCase();
			const value = a.slice(a.indexOf('=') + 1);
			if (name === 'TRANSFORMS' && s.transforms === '') s.transforms = value;
			else if (name === 'TARGETDIR' && s.targetDir === '') s.targetDir = value;
			else props.push(a);
			canon[i] = `${name}=${value}`;
		}
	}
	// TARGETDIR is the admin image's folder only for /a; otherwise it is an ordinary property.
	if (s.action !== 'admin' && s.targetDir !== '') {
		props.unshift(`TARGETDIR=${String(s.targetDir)}`);
		s.targetDir = '';
	}
	s.properties = props;
	return { state: s, canon };
}
