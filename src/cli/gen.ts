// ifg gen <generator> --field value …: the site's generators (src/lib/generators), fed exactly as a
// shared link feeds the page: the options become the generator's query string and are read by its
// own fromQuery (same validation, same defaults), then sync() and generate() as on the page.
import { type Msg, msg } from '../i18n/msg';
import { loaders } from '../lib/generators/index';
import type { Field, Shell } from '../lib/generators/types';
import { fromQuery } from '../lib/generators/url-state';
import { type Args, type Context, option } from './context';
import { EXIT } from './types';

const COMMAND = 'gen';
/** Options of the tool itself; every other --name is a field. */
export const GEN_OWN = new Set(['json', 'help', 'version', 'lang', 'shell']);

const ids = () => Object.keys(loaders).join(', ');
const paramOf = (f: Field) => f.param ?? f.name;

/** Names that take no value on the command line: the checkbox fields of every generator. */
export async function checkboxNames(id: string | undefined): Promise<Set<string>> {
	const load = id === undefined ? undefined : loaders[id];
	if (!load) return new Set();
	const { spec } = await load();
	const names = spec.fields
		.filter((f) => f.kind === 'checkbox')
		.flatMap((f) => [f.name, paramOf(f)]);
	return new Set([...names, ...names.map((n) => `no-${n}`)]);
}

export async function genCommand(ctx: Context, args: Args): Promise<number> {
	const id = args.positionals[0];
	if (id === undefined)
		return ctx.bad(COMMAND, 'missing-generator', msg('cli.gen.missing', { generators: ids() }));
	const load = loaders[id];
	if (!load)
		return ctx.bad(
			COMMAND,
			'unknown-generator',
			msg('cli.gen.unknown', { name: id, generators: ids() }),
		);
	const extra = args.positionals[1];
	if (extra !== undefined)
		return ctx.bad(COMMAND, 'bad-argument', msg('cli.err.extraArgument', { arg: extra }));
	const mod = await load();
	const { spec } = mod;
	const fields = spec.fields.filter((f) => !f.derived);
	if (args.flags.has('help')) return fieldHelp(ctx, id, fields, spec.shells);

	const q = new URLSearchParams();
	const shell = option(args, 'shell');
	if (shell !== undefined) {
		if (!(spec.shells as readonly string[]).includes(shell))
			return ctx.bad(
				COMMAND,
				'bad-shell',
				msg('cli.err.shell', { shell, shells: spec.shells.join(', ') }),
			);
		q.set('sh', shell);
	}
	for (const [name, value] of args.sequence) {
		if (GEN_OWN.has(name)) continue;
		const off =
			value === undefined && name.startsWith('no-') ? fieldOf(fields, name.slice(3)) : undefined;
		const f = off ?? fieldOf(fields, name);
		if (!f) return unknownField(ctx, id, name, fields);
		const v =
			value === undefined ? (off ? '0' : '1') : f.kind === 'checkbox' ? checkbox(value) : value;
		// A list field collects every value; any other field keeps the last one given.
		if (f.kind === 'list') q.append(paramOf(f), v);
		else q.set(paramOf(f), v);
	}

	const decoded = fromQuery(spec, q);
	// A value the page would reset to its default (with a notice) is bad input here: say which.
	if (decoded.notices.length)
		return refuse(
			ctx,
			decoded.notices.map((m) => ({
				// The page's wording speaks of "the link"; here the value came from an option.
				message: m.key === 'gen.common.url.bad' ? msg('cli.gen.badValue', m.params) : m,
			})),
		);
	const state = mod.sync ? mod.sync(decoded.state, '') : decoded.state;
	const result = mod.generate(state, decoded.shell);
	if (result.errors.length)
		return refuse(
			ctx,
			result.errors.map((e) => ({ field: e.field, message: e.message })),
		);
	const warnings = result.warnings.map((w) => ({ key: w.key, text: ctx.t(w) }));
	if (ctx.json) {
		ctx.printJson(COMMAND, {
			ok: true,
			generator: id,
			shell: decoded.shell,
			state,
			commandLine: result.command,
			argv: result.argv,
			tokens: result.tokens.map((t) => ({
				text: t.text,
				explain: ctx.t(t.explain),
				...(t.href ? { href: t.href } : {}),
			})),
			warnings,
		});
	} else {
		ctx.io.out(`${result.command}\n`);
		for (const w of warnings) ctx.io.err(`${ctx.t(msg('cli.gen.warning', { message: w.text }))}\n`);
	}
	return EXIT.ok;
}

/** A field by its name or its short URL parameter. */
function fieldOf(fields: readonly Field[], name: string): Field | undefined {
	return fields.find((f) => f.name === name || paramOf(f) === name);
}

const checkbox = (v: string) =>
	/^(1|true|yes|on)$/i.test(v) ? '1' : /^(0|false|no|off)$/i.test(v) ? '0' : v;

function unknownField(ctx: Context, id: string, name: string, fields: readonly Field[]): number {
	const names = fields.map((f) => f.name).join(', ');
	return ctx.bad(
		COMMAND,
		'unknown-field',
		msg('cli.gen.unknownField', { generator: id, field: name, fields: names }),
	);
}

function refuse(ctx: Context, problems: Array<{ field?: string; message: Msg }>): number {
	const list = problems.map((p) => ({
		...(p.field ? { field: p.field } : {}),
		message: ctx.t(p.message),
	}));
	const head = msg('cli.gen.invalid');
	if (ctx.json) return ctx.bad(COMMAND, 'invalid-fields', head, { problems: list });
	ctx.bad(COMMAND, 'invalid-fields', head);
	for (const p of list) ctx.io.err(`  ${p.field ? `--${p.field}: ` : ''}${p.message}\n`);
	return EXIT.badInput;
}

function fieldHelp(
	ctx: Context,
	id: string,
	fields: readonly Field[],
	shells: readonly Shell[],
): number {
	if (ctx.json) {
		ctx.printJson(COMMAND, {
			ok: true,
			generator: id,
			shells,
			fields: fields.map((f) => ({
				name: f.name,
				...(f.param && f.param !== f.name ? { param: f.param } : {}),
				kind: f.kind,
				label: ctx.t(f.label),
				default: f.default,
				...(f.options ? { options: f.options.map((o) => o.value) } : {}),
			})),
		});
		return EXIT.ok;
	}
	const out = [ctx.t(msg('cli.gen.fields', { generator: id }))];
	for (const f of fields) {
		const alias = f.param && f.param !== f.name ? `, --${f.param}` : '';
		const choices = f.options ? ` [${f.options.map((o) => o.value).join('|')}]` : '';
		const def = JSON.stringify(f.default);
		// The kind is a label in the chosen language (the JSON keeps the identifier).
		const kind = ctx.t(`cli.gen.kind.${f.kind}`);
		out.push(`  --${f.name}${alias}  (${kind}${choices}, ${def})  ${ctx.t(f.label)}`);
	}
	out.push(ctx.t(msg('cli.gen.shells', { shells: shells.join(', ') })));
	ctx.io.out(`${out.join('\n')}\n`);
	return EXIT.ok;
}
