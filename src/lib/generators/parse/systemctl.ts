// Explain mode's reader of systemctl commands: the arguments of a pasted command -> the form state of
// ../systemctl.ts, the generator it inverts. Kept apart from the generator so that the generator's page,
// which only writes commands, never downloads it.

import type { Parsed, State } from '../types';
import { VERBS } from '../systemctl';

/**
 * Inverse of generate, for explain mode:
 * `systemctl [--user] VERB [-l] [-n N] [-p PROPS] [--no-pager] [--] [UNIT]`; options may stand
 * anywhere before --, as systemctl reads them (getopt permutes). Several -p / --property= lists are
 * read as one (the form's field); each shows as that whole list.
 */
export function parse(args: readonly string[]): Parsed {
	const s: State = {
		verb: 'status',
		unit: '',
		user: false,
		full: false,
		lines: '',
		property: '',
		noPager: false,
	};
	const canon: (string | null)[] = args.map(() => null);
	let ended = false;
	let verb = false;
	/** Where the -p lists stand: each shows as the whole list, the generator's one token. */
	const props: number[] = [];
	for (let i = 0; i < args.length; i++) {
		const a = args[i]!;
		if (!ended && a === '--') {
			ended = true;
			canon[i] = a;
		} else if (!ended && a === '--user') [s.user, canon[i]] = [true, a];
		else if (!ended && (a === '-l' || a === '--full')) [s.full, canon[i]] = [true, '-l'];
		else if (!ended && a === '--no-pager') [s.noPager, canon[i]] = [true, a];
		else if (!ended && (a === '-n' || a === '--lines') && i + 1 < args.length) {
			canon[i] = '-n';
			s.lines = args[++i]!;
			canon[i] = s.lines;
		} else if (!ended && /^--lines=/.test(a)) s.lines = a.slice(8);
		else if (!ended && (a === '-p' || a === '--property') && i + 1 < args.length) {
			// Every -p adds its names: "If specified more than once, all properties with the specified
			// names are shown" (systemctl(1), -p). The form's one field holds them as one comma list.
			canon[i] = '-p';
			s.property = [s.property, args[++i]!].filter(Boolean).join(',');
			props.push(i);
		} else if (!ended && /^(?:--property=|-p)./s.test(a)) {
			// --property=A,B and -pA (getopt's attached argument): the option and its names in one word.
			s.property = [s.property, a.replace(/^--property=|^-p/, '')].filter(Boolean).join(',');
			canon[i] = '-p';
		} else if (!verb && !ended && (VERBS as readonly string[]).includes(a)) {
			[verb, s.verb, canon[i]] = [true, a, a];
		} else if (verb && s.unit === '' && (ended || !a.startsWith('-'))) [s.unit, canon[i]] = [a, a];
	}
	for (const i of props) canon[i] = String(s.property);
	return { state: s, canon };
}
