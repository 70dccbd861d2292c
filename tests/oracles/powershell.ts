// Node side of the PowerShell oracle (see tests/oracles/README.md): builds the .NET host and the argv
// printer once (cached in tests/oracles/.cache/, rebuilt when their sources change), starts one or more
// host processes and sends them PowerShell command text, one JSON line per request.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const PROJECT = join(HERE, 'powershell');
const CACHE = join(HERE, '.cache');
const OUT = join(CACHE, 'out');
const BIN = join(CACHE, 'bin');
/** Native programs the printer stands in for (the names the generators' commands call, and TestExe
 * from about_Parsing's examples). */
export const PROGRAMS = ['signtool', 'icacls', 'TestExe'] as const;

/**
 * Environment of the PowerShell hosts: Windows-like values for the variables the generators reference,
 * with spaces, an apostrophe, `$` and a backtick, so a value that PowerShell re-parsed would show. Windows
 * looks names up case-insensitively; Linux does not, so the spellings a test uses are all set.
 */
export const ORACLE_ENV: Record<string, string> = (() => {
	const base: Record<string, string> = {
		TEMP: "C:\\Users\\Zoë O'Brien $x `t\\AppData\\Local\\Temp",
		USERNAME: "Zoë O'Brien $x `t",
		USERPROFILE: "C:\\Users\\Zoë O'Brien $x `t",
		ProgramFiles: 'C:\\Program Files',
		'ProgramFiles(x86)': 'C:\\Program Files (x86)',
		SystemRoot: 'C:\\WINDOWS',
		// The rest of the names the PowerShell rendering writes as ${env:X} (ALWAYS_DEFINED), so none is
		// empty here by accident. Path is left as the host's own (the printers are found through it).
		ALLUSERSPROFILE: 'C:\\ProgramData',
		APPDATA: "C:\\Users\\Zoë O'Brien $x `t\\AppData\\Roaming",
		COMPUTERNAME: 'DESKTOP-IFG',
		ComSpec: 'C:\\WINDOWS\\system32\\cmd.exe',
		CommonProgramFiles: 'C:\\Program Files\\Common Files',
		HOMEDRIVE: 'C:',
		HOMEPATH: "\\Users\\Zoë O'Brien $x `t",
		LOCALAPPDATA: "C:\\Users\\Zoë O'Brien $x `t\\AppData\\Local",
		NUMBER_OF_PROCESSORS: '2',
		OS: 'Windows_NT',
		PATHEXT: '.COM;.EXE;.BAT;.CMD',
		PROCESSOR_ARCHITECTURE: 'AMD64',
		ProgramData: 'C:\\ProgramData',
		PUBLIC: 'C:\\Users\\Public',
		SystemDrive: 'C:',
		TMP: "C:\\Users\\Zoë O'Brien $x `t\\AppData\\Local\\Temp",
		USERDOMAIN: 'DESKTOP-IFG',
		windir: 'C:\\WINDOWS',
	};
	const env: Record<string, string> = {};
	for (const [k, v] of Object.entries(base)) {
		env[k] = v;
		env[k.toUpperCase()] = v;
		env[k.toLowerCase()] = v;
	}
	return env;
})();

/**
 * The whole environment of the PowerShell hosts: ORACLE_ENV plus the few host variables .NET needs to
 * start (PATH, HOME, LANG, DOTNET_*, NUGET_*), each also under its upper- and lower-case spelling.
 * Nothing else of the test runner's environment is passed on, so a name the generators meet by chance
 * (`_`, which bash and npm set; `npm_config_*`; `INIT_CWD`) is undefined for PowerShell exactly as
 * envValue() says. Found by CI: `%_%` was "undefined" to the test but `/usr/bin/npm` to the host.
 */
export const HOST_ENV: Record<string, string> = (() => {
	const env: Record<string, string> = {};
	for (const [k, v] of Object.entries(process.env)) {
		if (v === undefined || !/^(?:PATH|HOME|LANG|DOTNET_\w+|NUGET_\w+)$/.test(k)) continue;
		env[k] = v;
		env[k.toUpperCase()] = v;
		env[k.toLowerCase()] = v;
	}
	return { ...env, ...ORACLE_ENV, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' };
})();

/** The value Windows gives %NAME% in the hosts (names are case-insensitive); undefined if not set. */
export function envValue(name: string): string | undefined {
	const key = Object.keys(HOST_ENV).find((k) => k.toUpperCase() === name.toUpperCase());
	return key === undefined ? undefined : HOST_ENV[key];
}

const which = (cmd: string): boolean =>
	spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/** Why the oracle cannot run on this machine, or null. */
export function unavailable(): string | null {
	if (!which('dotnet')) return 'the .NET SDK (dotnet) is not on PATH';
	if (!which('cc')) return 'no C compiler (cc) is on PATH for the argv printer';
	return null;
}

export interface BuildInfo {
	built: boolean;
	ms: number;
}

/** Build the host and the printer unless the cache matches their sources. Throws with the tool's output. */
export function ensureBuilt(): BuildInfo {
	const t0 = Date.now();
	const sources = ['PsOracle.csproj', 'Program.cs', 'argv-printer.c'].map((f) =>
		readFileSync(join(PROJECT, f)),
	);
	const dotnet = spawnSync('dotnet', ['--version'], { encoding: 'utf8' }).stdout.trim();
	const stamp = createHash('sha256').update(dotnet).update(Buffer.concat(sources)).digest('hex');
	const stampFile = join(CACHE, 'stamp');
	if (
		existsSync(stampFile) &&
		readFileSync(stampFile, 'utf8') === stamp &&
		existsSync(join(OUT, 'PsOracle.dll'))
	)
		return { built: false, ms: Date.now() - t0 };
	rmSync(CACHE, { recursive: true, force: true });
	mkdirSync(BIN, { recursive: true });
	const env = { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' };
	const build = spawnSync(
		'dotnet',
		['build', join(PROJECT, 'PsOracle.csproj'), '-c', 'Release', '-o', OUT, '--nologo', '-v', 'q'],
		{ encoding: 'utf8', env, maxBuffer: 64 << 20 },
	);
	if (build.status !== 0)
		throw new Error(
			`dotnet build of the PowerShell oracle failed:\n${build.stdout}\n${build.stderr}`,
		);
	const printer = join(BIN, 'argv-printer');
	const cc = spawnSync('cc', ['-O2', '-o', printer, join(PROJECT, 'argv-printer.c')], {
		encoding: 'utf8',
	});
	if (cc.status !== 0) throw new Error(`cc argv-printer.c failed:\n${cc.stderr}`);
	for (const name of PROGRAMS) symlinkSync('argv-printer', join(BIN, name));
	writeFileSync(stampFile, stamp);
	return { built: true, ms: Date.now() - t0 };
}

export interface Call {
	command: string;
	set?: string;
	bound: Record<string, unknown>;
}
export interface Answer {
	/** argv of each native program started, argv[0] being the program's path. */
	native: string[][];
	/** Start-Process / Get-WinEvent calls with their bound parameters. */
	calls: Call[];
	/** The script's output, rendered by Out-String. */
	output: string;
	errors: string[];
}

interface Worker {
	proc: ChildProcess;
	pending: Map<number, (a: Answer) => void>;
	info: string;
}

/** JSON with every non-ASCII character escaped, so no line separator other than \n can split a request. */
const asciiJson = (v: unknown): string =>
	JSON.stringify(v).replace(
		/[\u007f-\uffff]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);

export class Oracle {
	private next = 0;
	private constructor(private readonly workers: Worker[]) {}

	/** Start `count` host processes (default: one per core, at most 2) and wait for their handshakes. */
	static async start(
		count = Number(process.env.IFG_ORACLE_WORKERS ?? Math.min(2, cpus().length)),
	): Promise<Oracle> {
		const env = HOST_ENV;
		const workers = await Promise.all(
			Array.from(
				{ length: Math.max(1, count) },
				() =>
					new Promise<Worker>((resolve, reject) => {
						const proc = spawn('dotnet', [join(OUT, 'PsOracle.dll'), BIN], {
							env,
							stdio: ['pipe', 'pipe', 'pipe'],
						});
						const w: Worker = { proc, pending: new Map(), info: '' };
						let stderr = '';
						proc.stderr!.on('data', (d) => (stderr += d));
						proc.on('exit', (code) => {
							const err = new Error(`PowerShell oracle exited (${code}): ${stderr}`);
							reject(err);
							for (const [, done] of w.pending)
								done({ native: [], calls: [], output: '', errors: [err.message] });
							w.pending.clear();
						});
						createInterface({ input: proc.stdout! }).on('line', (line) => {
							const msg = JSON.parse(line);
							if (msg.ready) {
								w.info = msg.info;
								resolve(w);
								return;
							}
							const done = w.pending.get(msg.id);
							w.pending.delete(msg.id);
							done?.({
								native: msg.native,
								calls: msg.calls,
								output: msg.output,
								errors: msg.errors,
							});
						});
					}),
			),
		);
		return new Oracle(workers);
	}

	/** PowerShell version, $PSNativeCommandArgumentPassing and how each program name resolves. */
	get info(): string {
		return this.workers[0]!.info;
	}

	/** Run one script; requests are spread over the workers and pipelined. */
	run(script: string): Promise<Answer> {
		const id = this.next++;
		const w = this.workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
		return new Promise((resolve) => {
			w.pending.set(id, resolve);
			w.proc.stdin!.write(asciiJson({ id, script }) + '\n');
		});
	}

	async close(): Promise<void> {
		await Promise.all(
			this.workers.map(
				(w) =>
					new Promise<void>((resolve) => {
						if (w.proc.exitCode !== null) return resolve();
						w.proc.once('exit', () => resolve());
						w.proc.stdin!.end();
					}),
			),
		);
	}
}
