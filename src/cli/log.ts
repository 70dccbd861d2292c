// ifg log <file>: the MSI log page's analysis (src/lib/checkers: same reader, same analyzer, same
// summary and hints through analysisOf), on a file streamed in 1 MB chunks, so a log of any size
// never sits in memory whole. --json prints the analysis object the page renders.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { msg } from '../i18n/msg';
import { LOG_ENCODINGS, type LogEncoding } from '../lib/checkers/decode';
import { ByteLogReader } from '../lib/checkers/log-reader';
import type { LogLine } from '../lib/checkers/msi-log';
import { type Analysis, analysisOf, type AttemptAnalysis } from '../lib/checkers/msi-log-analysis';
import { compareReports, type LogComparison } from '../lib/checkers/msi-log-compare';
import { decodeHresult, kbPath, shownErrors, type Summary } from '../lib/checkers/msi-log-summary';
import type { Context } from './context';
import { EXIT } from './types';

const COMMAND = 'log';
const CHUNK = 1 << 20;

export interface LogOptions {
	shell: 'cmd' | 'powershell';
	encoding?: LogEncoding;
	/** A log of a run that worked: compared with the last attempt, as the page's compare mode does. */
	compare?: string;
}

/** Reads a file through the page's byte reader; no size cap (the page's 200 MB limit is a browser's). */
export async function readLog(file: string, encoding?: LogEncoding): Promise<Analysis> {
	const reader = new ByteLogReader(encoding, Number.POSITIVE_INFINITY);
	const stream = createReadStream(file, { highWaterMark: CHUNK });
	for await (const chunk of stream as AsyncIterable<Buffer>) {
		if (!reader.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length))) {
			stream.destroy();
			break;
		}
	}
	const r = reader.end();
	return r.ok ? analysisOf(r.report, r.encoding) : r;
}

/** 0 success; 1 the log shows an install that did not succeed; 2 not a log (bad input). */
export function exitOf(s: Summary): number {
	if (s.kind === 'success') return EXIT.ok;
	return s.kind === 'not-a-log' ? EXIT.badInput : EXIT.failure;
}

export async function logCommand(
	ctx: Context,
	file: string | undefined,
	o: LogOptions,
): Promise<number> {
	if (file === undefined) return ctx.bad(COMMAND, 'missing-file', msg('cli.log.missing'));
	const info = await stat(file).catch((e: NodeJS.ErrnoException) => e);
	if (info instanceof Error) {
		return info.code === 'ENOENT'
			? ctx.bad(COMMAND, 'missing-file', msg('cli.log.notFound', { file }))
			: ctx.bad(
					COMMAND,
					'unreadable',
					msg('cli.log.unreadable', { file, reason: info.code ?? info.message }),
				);
	}
	if (!info.isFile()) return ctx.bad(COMMAND, 'not-a-file', msg('cli.log.notFile', { file }));
	let a: Analysis;
	try {
		a = await readLog(file, o.encoding);
	} catch (e) {
		const err = e as NodeJS.ErrnoException;
		return ctx.bad(
			COMMAND,
			'unreadable',
			msg('cli.log.unreadable', { file, reason: err.code ?? err.message }),
		);
	}
	if (!a.ok) {
		const encodings = LOG_ENCODINGS.join(', ');
		const reason = {
			empty: msg('cli.log.empty', { file }),
			binary: msg('cli.log.binary', {
				file,
				format: msg(`check.msi.format.${a.format ?? 'unknown'}`),
			}),
			encoding: msg('cli.log.encoding', { file, encodings }),
			'too-big': msg('check.msi.err.tooBig'),
		}[a.reason];
		return ctx.bad(COMMAND, a.reason === 'binary' ? 'binary-file' : a.reason, reason, {
			...(a.format ? { format: a.format } : {}),
		});
	}
	const last = a.attempts.at(-1)!;
	if (last.summary.kind === 'not-a-log')
		return ctx.bad(COMMAND, 'not-a-log', msg('cli.log.notALog', { file }));
	if (o.compare !== undefined) {
		// Same engine as the page's worker: the last attempt of each log, compared.
		const other = o.compare;
		const exists = await stat(other).then(
			(i) => i.isFile(),
			() => false,
		);
		if (!exists) return ctx.bad(COMMAND, 'missing-file', msg('cli.log.notFound', { file: other }));
		const b = await readLog(other).catch(() => undefined);
		const report = b?.ok ? b.attempts.at(-1)!.report : undefined;
		a = {
			...a,
			comparison: report?.recognised ? compareReports(last.report, report) : { unreadable: true },
		};
	}
	const exit = exitOf(last.summary);
	if (ctx.json) {
		ctx.printJson(COMMAND, {
			ok: true,
			file,
			verdict: last.summary.kind,
			exitCode: exit,
			headline: headline(ctx, last.summary),
			analysis: a,
		});
		return exit;
	}
	const out: string[] = [];
	a.attempts.forEach((at, i) => {
		if (a.attempts.length > 1)
			out.push(ctx.t(msg('cli.log.attempt', { n: i + 1, total: a.total })));
		out.push(...attemptText(ctx, at, a.encoding, o.shell), '');
	});
	if (a.comparison) out.push(...comparisonText(ctx, a.comparison), '');
	ctx.io.out(out.join('\n'));
	return exit;
}

/** The page's headline sentence (msi-log-view.ts summaryLine), as text with the codes' URLs. */
export function headline(ctx: Context, s: Summary): string {
	switch (s.kind) {
		case 'not-a-log':
			return ctx.t('check.msi.notALog');
		case 'success':
			return ctx.t(
				msg(s.reboot ? 'check.msi.successReboot' : 'check.msi.success', { code: s.exit.code }),
			);
		case 'cancelled':
			return ctx.t('check.msi.userCancelled');
		case 'incomplete':
			return ctx.t('check.msi.incomplete');
		case 'failure':
			return failureText(ctx, s).join(' ');
	}
}

function failureText(ctx: Context, s: Extract<Summary, { kind: 'failure' }>): string[] {
	const out: string[] = [];
	const err = s.error;
	const t = (key: string, params: Record<string, string>) => ctx.t(msg(key, params));
	if (s.beforeActions && s.exit) {
		out.push(
			t('check.msi.failedBefore', {
				code: s.exit.code,
				name: s.exit.name ?? '—',
				message: s.exit.text ?? '',
			}),
		);
		if (err) out.push(t('check.msi.failedError', { code: err.code, message: err.text ?? '' }));
		return out;
	}
	if (s.action && err)
		out.push(
			t('check.msi.failedAction', { action: s.action, code: err.code, message: err.text ?? '' }),
		);
	else if (err) out.push(t('check.msi.failedError', { code: err.code, message: err.text ?? '' }));
	else if (s.action) out.push(t('check.msi.failedActionOnly', { action: s.action }));
	if (s.nested) {
		const key = s.nested.product ? 'check.msi.failedNested' : 'check.msi.failedNestedUnnamed';
		const elevation = ctx.t(`check.msi.nestedElev.${s.nested.elevation}`);
		out.push(t(key, { action: s.action ?? '', product: s.nested.product ?? '', elevation }));
		if (s.nested.action) out.push(t('check.msi.failedNestedAction', { action: s.nested.action }));
	}
	if (s.burn)
		out.push(
			t('check.msi.failedBurn', {
				package: s.burn.package,
				code: s.burn.result.code,
				name: s.burn.result.name ?? '—',
			}),
		);
	if (s.customAction) out.push(t('check.msi.failedCustom', { name: s.customAction }));
	if (s.exit)
		out.push(t('check.msi.exit', { code: s.exit.code, name: s.exit.name ?? s.exit.text ?? '—' }));
	return out;
}

const lines = (ls: readonly LogLine[], indent = '    ') => {
	const width = String(ls.at(-1)?.n ?? 0).length;
	return ls.map((l) => `${indent}${String(l.n).padStart(width)}  ${l.text}`);
};

/** One attempt as text: the page's sections in the page's order (msi-log-view.ts attemptParts). */
function attemptText(
	ctx: Context,
	a: AttemptAnalysis,
	encoding: string,
	shell: LogOptions['shell'],
): string[] {
	const { report: r, summary } = a;
	const out = [headline(ctx, summary)];
	const meta = [ctx.t(msg('check.msi.readAs', { encoding, lines: r.lines }))];
	if (r.languages.length)
		meta.push(ctx.t(msg('check.msi.languages', { languages: r.languages.join(', ') })));
	if (r.truncated && r.recognised) meta.push(ctx.t('check.msi.truncated'));
	out.push(meta.join(' '));
	if (!r.recognised) return out;
	if (summary.kind === 'failure' && summary.beforeActions && summary.exit?.text)
		out.push(summary.exit.text);
	const section = (key: string, ...body: string[]) => out.push('', `## ${ctx.t(key)}`, ...body);
	const hints = a.hints[shell];
	if (hints.length) {
		section(
			'check.msi.h.next',
			...hints.flatMap((h, i) => [
				`${i + 1}. ${ctx.t(h.message)}`,
				...(h.command ? h.command.split('\n').map((c) => `     ${c}`) : []),
				...h.links.map((l) => `     ${ctx.url(l)}`),
			]),
		);
	}
	if (r.context.length) {
		const body: string[] = [];
		if (r.suspect) {
			body.push(ctx.t(msg('check.msi.suspect', { n: r.suspect.n })));
			for (const hex of r.suspect.hresults) {
				const d = decodeHresult(hex);
				const key = `check.msi.win32.${d.win32 ?? ''}`;
				const meaning = key in ctx.res.catalogs[ctx.locale] ? ctx.t(key) : '';
				body.push(
					d.win32 === undefined
						? ctx.t(msg('check.msi.hresultOther', { hex }))
						: ctx.t(
								msg('check.msi.hresultWin32', {
									hex,
									code: String(d.win32),
									name: d.name ?? '—',
									meaning,
								}),
							),
				);
			}
		}
		section('check.msi.h.context', ...body, ...lines(r.context, '  '));
	}
	if (r.failedCustomActions.length) {
		section(
			'check.msi.h.customActions',
			...r.failedCustomActions.flatMap((c) => [
				`- ${c.name} (${ctx.t(msg('check.line', { n: c.n }))})${c.code !== undefined ? `: ${c.code}` : ''}`,
				...(c.lines.length ? [`  ${ctx.t('check.msi.ca.output')}`, ...lines(c.lines)] : []),
			]),
		);
	}
	const p = r.product;
	const rows = Object.entries({
		name: p.name,
		version: p.version,
		code: p.code,
		manufacturer: p.manufacturer,
		package: r.packagePath,
	});
	const product = rows.flatMap(([k, v]) =>
		v ? [ctx.t(msg('cli.field', { label: msg(`check.msi.product.${k}`), value: v }))] : [],
	);
	if (product.length) section('check.msi.h.product', ...product);
	const el = r.elevation;
	const props = Object.entries(el.properties)
		.map(([k, v]) => `${k} = ${v}`)
		.join(', ');
	section(
		'check.msi.h.elevation',
		`${ctx.t(`check.msi.elev.${el.verdict}`)}${props ? ` (${props})` : ''}`,
		...(r.perUser ? [ctx.t('check.msi.perUser')] : []),
		ctx.t(msg('check.msi.elev.lines', { client: el.clientLines, server: el.serverLines })),
		...lines(el.evidence.slice(0, 3), '  '),
	);
	if (r.errors.length) {
		const shown = shownErrors(r);
		const more = r.errors.length - shown.length;
		section(
			'check.msi.h.errors',
			...shown.flatMap((e) => [
				`- ${ctx.t(`check.msi.kind.${e.kind}`)} ${e.code} (${ctx.t(msg('check.line', { n: e.n }))})${e.count > 1 ? `, ${ctx.t(msg('check.msi.repeated', { count: e.count }))}` : ''}  ${ctx.url(kbPath({ family: 'msi', code: String(e.code) }))}`,
				...e.args.map((v, i) => `    [${i + 2}] ${v}`),
			]),
			...(more > 0 ? [ctx.t(msg('check.msi.more', { count: more }))] : []),
			ctx.t('check.msi.attribution'),
		);
	}
	if (r.ignoredCustomActions.length)
		section(
			'check.msi.h.ignored',
			ctx.t('check.msi.ignoredNote'),
			...r.ignoredCustomActions.map(
				(c) => `- ${c.name} (${ctx.t(msg('check.line', { n: c.n }))}): ${c.code}`,
			),
		);
	if (r.commandLine?.properties.length)
		section(
			'check.msi.h.commandLine',
			...r.commandLine.properties.map(({ name, value }) => `${name} = ${value}`),
		);
	if (r.reboot.requested)
		section('check.msi.h.reboot', ...lines(r.reboot.evidence.slice(0, 5), '  '));
	return out;
}

/** The page's comparison section (msi-log-view.ts renderComparison), as text. */
function comparisonText(ctx: Context, c: LogComparison | { unreadable: true }): string[] {
	const out = [`## ${ctx.t('check.msi.cmp.h')}`];
	if ('unreadable' in c) return [...out, ctx.t('check.msi.cmp.unreadable')];
	const value = (v: number | undefined) =>
		ctx.t(v !== undefined && v >= 0 && v <= 4 ? `check.msi.value.${v}` : 'check.msi.value.none');
	const start = ctx.t('check.msi.cmp.start');
	const d = c.firstDivergence;
	if (c.same) out.push(ctx.t('check.msi.cmp.same'));
	else if (d?.kind === 'result')
		out.push(
			ctx.t(
				msg('check.msi.cmp.first.result', {
					action: d.a.action,
					line: d.a.endN ?? d.a.n,
					a: value(d.a.value),
					b: value(d.b.value),
				}),
			),
		);
	else if (d?.kind === 'only-a')
		out.push(
			ctx.t(
				msg('check.msi.cmp.first.onlyA', {
					action: d.a.action,
					line: d.a.n,
					after: d.after ?? start,
				}),
			),
		);
	else if (d?.kind === 'only-b')
		out.push(
			ctx.t(msg('check.msi.cmp.first.onlyB', { action: d.b.action, after: d.after ?? start })),
		);
	out.push(
		ctx.t(
			msg('check.msi.cmp.outcome', {
				a: ctx.t(`check.msi.outcome.${c.outcome.a}`),
				b: ctx.t(`check.msi.outcome.${c.outcome.b}`),
			}),
		),
	);
	const unset = ctx.t('check.msi.cmp.unset');
	if (c.properties.length)
		out.push(
			'',
			`### ${ctx.t('check.msi.cmp.h.props')}`,
			...c.properties.map((p) => `    ${p.name}: ${p.a ?? unset} | ${p.b ?? unset}`),
		);
	if (c.results.length)
		out.push(
			'',
			`### ${ctx.t('check.msi.cmp.h.results')}`,
			...c.results.map((x) => `    ${x.a.action}: ${value(x.a.value)} | ${value(x.b.value)}`),
		);
	if (c.onlyA.length)
		out.push(
			'',
			`### ${ctx.t('check.msi.cmp.h.onlyA')}`,
			`    ${c.onlyA.map((e) => e.action).join(', ')}`,
		);
	if (c.onlyB.length)
		out.push(
			'',
			`### ${ctx.t('check.msi.cmp.h.onlyB')}`,
			`    ${c.onlyB.map((e) => e.action).join(', ')}`,
		);
	if (c.durations.length)
		out.push(
			'',
			`### ${ctx.t('check.msi.cmp.h.durations')}`,
			...c.durations.map((x) => `    ${ctx.t(msg('check.msi.cmp.duration', x))}`),
		);
	return out;
}
