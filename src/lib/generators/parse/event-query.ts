// Explain mode's reader of event-query commands: the arguments of a pasted command -> the form state of
// ../event-query.ts, the generator it inverts. Kept apart from the generator so that the generator's page,
// which only writes commands, never downloads it.

import { psRedirectAt, psRedirectStream } from '../../shell/parse/powershell';
import type { Parsed, State } from '../types';
import { LOGS, generate, spec } from '../event-query';

/**
 * The XPath filter in the shape the wevtutil form writes (`*[System[Provider[@Name='P'] and
 * (EventID=1 or EventID=2)]]`, either part alone): the fields it holds, or undefined for any other.
 */
function readXPath(v: string): { provider: string; eventId: string; moreIds: string } | undefined {
	const x = /^\*\[System\[(.*)\]\]$/s.exec(v);
	const conds = x ? x[1]!.split(' and ') : [];
	const prov = conds.map((c) => /^Provider\[@Name='([^']*)'\]$/.exec(c)?.[1]);
	const id = conds.map((c) => /^\(EventID=(\d{1,5}(?: or EventID=\d{1,5})*)\)$/.exec(c)?.[1]);
	const ok = conds.every((_, k) => prov[k] !== undefined || id[k] !== undefined);
	if (!x || !ok || conds.length > 2) return undefined;
	const ids = (id.find((p) => p !== undefined) ?? '').split(' or EventID=');
	return {
		provider: prov.find((p) => p !== undefined) ?? '',
		eventId: ids[0]!,
		moreIds: ids.slice(1).join(', '),
	};
}

/**
 * Inverse of the wevtutil form, for explain mode: `wevtutil qe LOG [/q:XPATH] [/c:N] [/rd:true]
 * [/f:text|xml]` (options case-insensitive, long names /query /count /reversedirection /format).
 * The XPath is read back only in the shape the generator writes; any other is kept as unknown.
 */
export function parse(args: readonly string[]): Parsed {
	const s: State = Object.fromEntries(spec.fields.map((f) => [f.name, f.default]));
	s.provider = '';
	s.newest = false;
	s.format = 'text';
	const canon: (string | null)[] = args.map(() => null);
	for (let i = 0; i < args.length; i++) {
		const a = args[i]!;
		const m = /^\/([a-z]+):(.*)$/is.exec(a);
		const opt = m?.[1]!.toLowerCase();
		const v = m?.[2] ?? '';
		if (i === 0 && /^(qe|query-events)$/i.test(a)) canon[i] = 'qe';
		else if (i === 1 && !a.startsWith('/')) {
			const log = LOGS.find((l) => l.toLowerCase() === a.toLowerCase());
			if (log) [s.log, canon[i]] = [log, log];
		} else if (opt === 'q' || opt === 'query') {
			const q = readXPath(v);
			if (q) {
				Object.assign(s, q);
				canon[i] = `/q:${v}`;
			}
		} else if (opt === 'c' || opt === 'count') [s.count, canon[i]] = [v, `/c:${v}`];
		else if ((opt === 'rd' || opt === 'reversedirection') && v.toLowerCase() === 'true')
			[s.newest, canon[i]] = [true, '/rd:true'];
		else if ((opt === 'rd' || opt === 'reversedirection') && v.toLowerCase() === 'false')
			[s.newest, canon[i]] = [false, ''];
		else if ((opt === 'f' || opt === 'format') && /^(text|xml)$/i.test(v)) {
			s.format = v.toLowerCase();
			canon[i] = `/f:${String(s.format)}`;
		}
	}
	return { state: s, canon };
}

/** Parameters and pipeline stages of the Get-WinEvent form, by their canonical spelling. */
const PS_WORDS = ['-FilterHashtable', '-MaxEvents', '-Oldest', 'Format-List', 'ForEach-Object'];
const PROPS = ['TimeCreated', 'Id', 'LevelDisplayName', 'Message'];

/** What winEventWords could not split: an open quote, hashtable or block comment, a redirection
 * without its file, or a stream redirected twice (PowerShell's parse errors). */
export type WinEventOpen = 'quote' | 'hashtable' | 'comment' | 'redirect' | 'stream';

/** The index of the quote closing the one at `i` ('' or "" inside is one quote), or -1. */
function quoteEnd(line: string, i: number): number {
	const c = line[i];
	for (let j = i + 1; j < line.length; j++) {
		if (line[j] !== c) continue;
		if (line[j + 1] === c) j++;
		else return j;
	}
	return -1;
}

/**
 * Splits a PowerShell line into the words of the Get-WinEvent form: quoted strings ('' escapes a
 * quote), a `@{…}` hashtable and a comma list (`A, B`) each stay one word, `|` is a word of its own.
 * At the start of a word, a block comment `<# … #>` is one word (`<#` first) and so is a redirection
 * with its file, written without spaces (`2>$null`, `>out.txt`, `2>&1`), as the shell module shows
 * them (about_Comments, about_Redirection). What cannot be split is named instead. One pass, linear time.
 */
export function winEventWords(line: string): string[] | { open: WinEventOpen } {
	const out: string[] = [];
	let cur = '';
	let inTable = false;
	let streams = 0;
	for (let i = 0; i < line.length; i++) {
		const c = line[i]!;
		const op = cur === '' && !inTable ? psRedirectAt(line, i) : undefined;
		if (cur === '' && !inTable && line.startsWith('<#', i)) {
			const end = line.indexOf('#>', i + 2);
			if (end < 0) return { open: 'comment' };
			out.push(line.slice(i, end + 2));
			i = end + 1;
		} else if (op) {
			const n = psRedirectStream(op);
			if (streams & n) return { open: 'stream' };
			streams |= n;
			if (op.endsWith('&1')) {
				out.push(op);
				i += op.length - 1;
				continue;
			}
			// The file: the next word, quoted or bare (a bare one ends at a space, | or ;).
			let j = i + op.length;
			while (line[j] === ' ' || line[j] === '\t') j++;
			const q = line[j] === "'" || line[j] === '"' ? quoteEnd(line, j) : -1;
			const end =
				q >= 0 ? q + 1 : j + (/^(?![<>&(])[^\s|;'"]*/.exec(line.slice(j))?.[0].length ?? 0);
			if (end === j || (q < 0 && (line[j] === "'" || line[j] === '"')))
				return { open: line[j] === "'" || line[j] === '"' ? 'quote' : 'redirect' };
			out.push(op + line.slice(j, end));
			i = end - 1;
		} else if (c === "'" || c === '"') {
			const j = quoteEnd(line, i);
			if (j < 0) return { open: 'quote' };
			cur += line.slice(i, j + 1);
			i = j;
		} else if (c === '@' && line[i + 1] === '{' && !inTable) {
			inTable = true;
			cur += '@{';
			i++;
		} else if (c === '#' && cur === '' && !inTable) {
			// A comment (about_Comments: # at the start of a token) runs to the end of the line: one word.
			out.push(line.slice(i).trimEnd());
			return out;
		} else if (c === '{' && !inTable) {
			// A script block (`Where-Object { $_.Id -eq 11708 }`) is one word: braces nest, quotes hide them.
			let depth = 0;
			let j = i;
			let q = '';
			for (; j < line.length; j++) {
				const d = line[j]!;
				if (q) q = d === q ? '' : q;
				else if (d === "'" || d === '"') q = d;
				else if (d === '{') depth++;
				else if (d === '}' && --depth === 0) break;
			}
			if (j >= line.length) return { open: 'hashtable' };
			cur += line.slice(i, j + 1);
			i = j;
		} else if (c === '}' && inTable) {
			inTable = false;
			cur += c;
		} else if (inTable) cur += c;
		else if (c === '|') {
			if (cur) out.push(cur);
			out.push('|');
			cur = '';
		} else if (/\s/.test(c)) {
			// After a comma the list goes on: `TimeCreated, Id` is one argument.
			if (cur.endsWith(',')) cur += ' ';
			else if (cur.endsWith(', ')) continue;
			else if (cur) {
				out.push(cur);
				cur = '';
			}
		} else cur += c;
	}
	if (inTable) return { open: 'hashtable' };
	if (cur) out.push(cur.trimEnd());
	return out;
}

/** A PowerShell string literal as the form writes it: '…' ('' for a quote) or "…" without $ or `. */
function psString(v: string): string | undefined {
	const single = /^'((?:[^']|'')*)'$/.exec(v);
	if (single) return single[1]!.replace(/''/g, "'");
	return /^"([^"`$]*)"$/.exec(v)?.[1];
}

/** The filter hashtable's keys LogName, ProviderName and Id, or undefined for anything else. */
function filterTable(word: string): { log: string; provider: string; ids: string[] } | undefined {
	if (!word.startsWith('@{') || !word.endsWith('}')) return undefined;
	const seen = new Map<string, string>();
	// Entries are split by ; outside quotes (a quoted value may hold one).
	const entries: string[] = [];
	let cur = '';
	let quote = '';
	for (const c of word.slice(2, -1)) {
		if (quote) quote = c === quote ? '' : quote;
		else if (c === "'" || c === '"') quote = c;
		if (c === ';' && !quote) {
			entries.push(cur);
			cur = '';
		} else cur += c;
	}
	entries.push(cur);
	for (const entry of entries.map((e) => e.trim()).filter((e) => e !== '')) {
		const eq = entry.indexOf('=');
		const key = entry.slice(0, eq).trim().toLowerCase();
		if (eq < 0 || seen.has(key)) return undefined;
		seen.set(key, entry.slice(eq + 1).trim());
	}
	const known = ['logname', 'providername', 'id'];
	if ([...seen.keys()].some((k) => !known.includes(k))) return undefined;
	const logValue = psString(seen.get('logname') ?? '');
	const log = LOGS.find((l) => l.toLowerCase() === logValue?.toLowerCase());
	const providerValue = seen.has('providername') ? psString(seen.get('providername')!) : '';
	const idValue = seen.get('id') ?? '';
	if (!log || providerValue === undefined || !/^(?:\d{1,5}(?: *, *\d{1,5})*)?$/.test(idValue))
		return undefined;
	return {
		log,
		provider: providerValue,
		ids: idValue
			.split(',')
			.map((x) => x.trim())
			.filter(Boolean),
	};
}

/**
 * Words of a Get-WinEvent line that PowerShell reads but the form writes differently or not at all
 * (explain mode shows them with what they do, not as unknown): -LogName / -ProviderName / -FilterXPath
 * (the other parameter sets; their values are read into the form when it can hold them) and the
 * Where-Object, Select-Object and Out-File stages of a pipeline. `notGenerated`: read, not held.
 */
export type WinEventNote =
	| 'logName'
	| 'providerName'
	| 'filterXPath'
	| 'whereObject'
	| 'selectObject'
	| 'outFile'
	| 'comment'
	| 'blockComment'
	| 'redirect'
	| 'notGenerated';
export interface WinEventParsed extends Parsed {
	readonly notes: readonly (WinEventNote | null)[];
}

const PS_PARAMS = ['-LogName', '-ProviderName', '-FilterXPath'];
/** A value as PowerShell reads it: a string literal, or a bare word of name characters. */
const psValue = (w: string | undefined): string | undefined =>
	w === undefined ? undefined : (psString(w) ?? (/^[A-Za-z0-9._-]+$/.test(w) ? w : undefined));
const STAGES: Record<string, WinEventNote> = {
	'where-object': 'whereObject',
	where: 'whereObject',
	'?': 'whereObject',
	'select-object': 'selectObject',
	select: 'selectObject',
	'out-file': 'outFile',
};

/**
 * Inverse of the Get-WinEvent form, for explain mode: `Get-WinEvent -FilterHashtable @{LogName='…';
 * ProviderName='…'; Id=N, …} [-MaxEvents N] [-Oldest] [| Format-List TimeCreated, Id, LevelDisplayName,
 * Message | ForEach-Object -MemberName ToXml]`, parameter names in any case; also the other parameter
 * sets (`-LogName System`, `System` first, `-ProviderName MsiInstaller`, `-FilterXPath` in the
 * wevtutil form's shape), read into the form where it can hold them and noted (WinEventNote).
 * `words` are the line's words after Get-WinEvent (winEventWords); what the form cannot hold keeps a
 * null canon and no note (unknown).
 */
export function parseWinEvent(all: readonly string[]): WinEventParsed {
	// Block comments and redirections may stand between any two words (a parameter and its value
	// too): the words are read without them, and they are noted as what they are.
	const aside = (w: string): WinEventNote | null =>
		w.startsWith('<#') ? 'blockComment' : psRedirectAt(w, 0) ? 'redirect' : null;
	const kept = all.flatMap((w, i) => (aside(w) ? [] : [i]));
	const read = parseWords(kept.map((i) => all[i]!));
	const canon: (string | null)[] = all.map(() => null);
	const notes = all.map(aside);
	kept.forEach((i, k) => {
		canon[i] = read.canon[k] ?? null;
		notes[i] = read.notes[k] ?? null;
	});
	return { state: read.state, canon, notes };
}

function parseWords(words: readonly string[]): WinEventParsed {
	const s: State = Object.fromEntries(spec.fields.map((f) => [f.name, f.default]));
	const canon: (string | null)[] = words.map(() => null);
	const notes: (WinEventNote | null)[] = words.map(() => null);
	// No provider unless the line names one (the form's default is a suggestion, not what was typed).
	s.provider = '';
	const name = (w: string | undefined) =>
		[...PS_WORDS, ...PS_PARAMS].find((p) => p.toLowerCase() === w?.toLowerCase());
	let tableAt = -1;
	let end = words.length;
	// A trailing comment (winEventWords keeps it as the last word) is shown as one.
	const last = words.length - 1;
	if (words[last]?.startsWith('#')) notes[last] = 'comment';
	for (let i = 0; i < words.length; i++) {
		const w = words[i]!;
		const p = name(w);
		if (notes[i] === 'comment') break;
		if (w === '|') {
			end = i;
			break;
		}
		if (p === '-FilterHashtable' && words[i + 1] !== undefined) {
			// The parameter is known even when its table is not (that stays unknown).
			canon[i] = p;
			const t = filterTable(words[++i]!);
			if (!t) continue;
			[s.log, s.provider, s.eventId] = [t.log, t.provider, t.ids[0] ?? ''];
			s.moreIds = t.ids.slice(1).join(', ');
			tableAt = i;
		} else if (p === '-MaxEvents' && /^[1-9]\d{0,5}$/.test(words[i + 1] ?? '')) {
			s.count = words[i + 1]!;
			[canon[i], canon[i + 1]] = [p, s.count];
			i++;
		} else if (p === '-Oldest') [s.newest, canon[i]] = [false, p];
		else if (
			(p === '-LogName' && i + 1 < end) ||
			(i === 0 && !w.startsWith('-') && psValue(w) !== undefined)
		) {
			// -LogName LOG, or LOG first (LogName is position 0 of its parameter set).
			const at = p ? i + 1 : i;
			const v = psValue(words[at]);
			const log = LOGS.find((l) => l.toLowerCase() === v?.toLowerCase());
			if (log) s.log = log;
			notes[i] = notes[at] = log ? 'logName' : 'notGenerated';
			i = at;
		} else if (p === '-ProviderName' && i + 1 < end) {
			const v = psValue(words[i + 1]);
			const ok = v !== undefined && /^[A-Za-z0-9 ._-]+$/.test(v);
			if (ok) s.provider = v;
			notes[i] = notes[i + 1] = ok ? 'providerName' : 'notGenerated';
			i++;
		} else if (p === '-FilterXPath' && i + 1 < end) {
			const v = psString(words[i + 1]!);
			const q = v === undefined ? undefined : readXPath(v);
			// The IDs, and the provider when the XPath names one (else -ProviderName's stays).
			if (q) Object.assign(s, q.provider ? q : { eventId: q.eventId, moreIds: q.moreIds });
			notes[i] = notes[i + 1] = q ? 'filterXPath' : 'notGenerated';
			i++;
		}
	}
	// The pipeline: the form's own output stage (last), or a known stage it does not write.
	for (let i = end; i < words.length;) {
		canon[i] = '|';
		let j = i + 1;
		while (j < words.length && words[j] !== '|' && notes[j] !== 'comment') j++;
		const stage = words.slice(i + 1, j);
		const final = j === words.length || notes[j] === 'comment';
		const props = stage[1]
			?.split(',')
			.map((x) => x.trim().toLowerCase())
			.join();
		if (
			final &&
			name(stage[0]) === 'Format-List' &&
			stage.length === 2 &&
			props === PROPS.join().toLowerCase()
		) {
			s.format = 'text';
			[canon[i + 1], canon[i + 2]] = ['Format-List', PROPS.join(', ')];
		} else if (
			final &&
			name(stage[0]) === 'ForEach-Object' &&
			stage.length === 3 &&
			/^-MemberName$/i.test(stage[1]!) &&
			/^ToXml$/i.test(stage[2]!)
		) {
			s.format = 'xml';
			[canon[i + 1], canon[i + 2], canon[i + 3]] = ['ForEach-Object', '-MemberName', 'ToXml'];
		} else {
			const note = STAGES[stage[0]?.toLowerCase() ?? ''];
			if (note) for (let k = i + 1; k < j; k++) notes[k] = note;
		}
		if (notes[j] === 'comment') break;
		i = j;
	}
	// The hashtable's canonical text is the generator's own token for it (its display form).
	if (tableAt >= 0) {
		const token = generate(s, 'powershell').tokens.find(
			(t) => t.explain.key === 'gen.event-query.tok.filterTable',
		);
		canon[tableAt] = token?.text ?? null;
	}
	return { state: s, canon, notes };
}
