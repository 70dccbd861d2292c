// ifg code <any form>: every family that has the code, through the site's own lookup; --json prints
// each match as the code page's JSON document (error-code.v1, /api/errors/<family>/<code>.json).
import { type Catalog, format, msg } from '../i18n/msg';
import { codeDocument } from '../lib/api/error-doc';
import { idOf, refOfEntry, slugOf } from '../lib/errors/codes';
import { EXTEND_SOURCE } from '../lib/errors/extend';
import { familyKey } from '../lib/errors/families';
import { buildIndex, lookup } from '../lib/errors/lookup';
import { codePath, titleOf } from '../lib/errors/page';
import type { ErrorEntry } from '../lib/errors/schema';
import type { Context } from './context';
import { EXIT, type Resources } from './types';

const COMMAND = 'code';

type Ref = Omit<ErrorEntry, 'names'> & { names: string[]; entry: ErrorEntry };

let cached: { res: Resources; index: ReturnType<typeof buildIndex<Ref>> } | undefined;
function indexOf(res: Resources) {
	if (cached?.res !== res) {
		const refs = res.entries.map((e) => ({ ...refOfEntry(e), entry: e }));
		cached = { res, index: buildIndex<Ref>(refs) };
	}
	return cached.index;
}

/** The code page's JSON document of an entry (the same function the site's endpoint calls). */
export function documentOf(ctx: Context, e: ErrorEntry) {
	const catalogs: Partial<Record<string, Catalog>> = ctx.res.catalogs;
	return codeDocument(e, new URL(ctx.res.site), (l, m) => format(catalogs[l] ?? {}, m));
}

/** A section's label ("Common causes:"), in the language's punctuation, nothing after it. */
const heading = (ctx: Context, key: string) =>
	ctx.t(msg('cli.field', { label: msg(key), value: '' })).trimEnd();

export function codeCommand(ctx: Context, query: string | undefined): number {
	if (query === undefined || query.trim() === '')
		return ctx.bad(COMMAND, 'missing-code', msg('cli.code.missing'));
	const result = lookup(indexOf(ctx.res), query);
	if (result.kind === 'empty') return ctx.bad(COMMAND, 'missing-code', msg('cli.code.missing'));
	if (result.kind === 'unknown') {
		const suggestions = result.suggestions.map((s) => ({
			id: idOf(s),
			title: ctx.t(titleOf(s, ctx.locale)),
			url: ctx.url(codePath(s)),
		}));
		const code = ctx.bad(COMMAND, 'unknown-code', msg('cli.code.unknown', { query }), {
			query,
			suggestions,
		});
		if (!ctx.json && suggestions.length) {
			ctx.io.err(`${ctx.t('cli.code.suggest')}\n`);
			for (const s of suggestions) ctx.io.err(`  ${s.title}  ${s.url}\n`);
		}
		return code;
	}
	const matches = result.matches.map((m) => ({ m, doc: documentOf(ctx, m.entry.entry) }));
	if (ctx.json) {
		ctx.printJson(COMMAND, {
			ok: true,
			query,
			matches: matches.map(({ m, doc }) => ({
				via: m.via,
				token: m.token,
				...(m.extend && {
					extend: {
						token: m.extend.token,
						phase: m.extend.phase,
						operation: m.extend.operation,
						source: EXTEND_SOURCE,
					},
				}),
				document: doc,
			})),
		});
		return EXIT.ok;
	}
	const out: string[] = [];
	for (const { m, doc } of matches) {
		const e = m.entry.entry;
		const l = ctx.locale;
		out.push(
			ctx.t(
				msg('cli.field', {
					label: msg(familyKey(e.family, 'title')),
					// The code page's title in the chosen language (a translated title where there is one).
					value: ctx.t(titleOf(m.entry, ctx.locale)),
				}),
			),
		);
		if (m.via !== 'number' && m.via !== 'name')
			out.push(`  ${ctx.t(msg(`kb.via.${m.via}`, { token: m.token, code: slugOf(e) }))}`);
		if (m.extend)
			out.push(
				`  ${ctx.t(msg('answer.extend', { code: m.extend.token, phase: m.extend.phase, operation: m.extend.operation }))}  (${EXTEND_SOURCE})`,
			);
		out.push(
			`  ${doc.forms.map((f) => f.value).join('  ')}${e.names.length ? `  ${e.names.map((n) => n.name).join(' ')}` : ''}`,
		);
		out.push(`  ${heading(ctx, 'kb.official')}`);
		for (const o of doc.official)
			out.push(`    ${o.text || ctx.t('kb.official.empty')}  (${o.source})`);
		const meaning = doc.meaning?.[l];
		if (meaning) out.push(`  ${heading(ctx, 'kb.summary')}`, `    ${meaning}`);
		const causes = doc.causes[l] ?? [];
		if (causes.length)
			out.push(`  ${heading(ctx, 'kb.causes')}`, ...causes.map((c) => `    - ${c}`));
		const fixes = doc.fixes[l] ?? [];
		if (fixes.length) {
			out.push(`  ${heading(ctx, 'kb.fixes')}`);
			for (const f of fixes) {
				out.push(`    - ${f.text}`);
				if (f.command)
					out.push(
						`      ${f.command.shell}>`,
						...f.command.code.split('\n').map((c) => `        ${c}`),
					);
				if (f.link) out.push(`      ${f.link}`);
			}
		}
		const advice = doc.advice[l];
		if (advice)
			out.push(`  ${ctx.t(msg('cli.code.advice', { label: msg('kb.advice'), text: advice }))}`);
		out.push(`  ${ctx.t(msg('cli.code.page', { url: doc.urls[l] ?? ctx.url(codePath(e)) }))}`, '');
	}
	ctx.io.out(out.join('\n'));
	return EXIT.ok;
}
