import { expect, test, type Page } from './fixtures';
import { familyOf, isFamily } from '../../src/lib/errors/families';
import { decodeManifest, type LookupManifest, needsOf } from '../../src/lib/errors/slices';

// Issue 12 §1: one search box that answers. The search dialog shows an answer card above Pagefind's
// results for any code the query holds (bare or in a pasted line), arrow keys move through both, Enter
// opens; the /errors/ lookup page runs the same engine, names what it matched and keeps pasted logs
// out of the URL. Both languages.
const langs = [
	{
		prefix: '',
		search: /search/i,
		msi: 'Windows Installer messages',
		// The card's lines for 2503 besides the official text: the title when it is a translation
		// (English shows the official text only), and the first sentence of our note.
		title: null,
		meaning:
			'An internal Windows Installer error (numbers from 2000 up are internal): the installer tried to run its install script but the install was never marked as started.',
		chain: 'Read as 0x80070643 → 1603',
		extend:
			'Extend code 0x4000D: phase SP_EXECUTION_OOBE_BOOT, operation SP_EXECUTION_OP_MIGRATE_DATA.',
		matched: /Matched: .*2503/,
		none: 'No error code in this text.',
		label: /Error code or name/,
		clear: 'Clear',
		// Our catalog's wording (Pagefind's own Chinese has no quotation marks around the term).
		message: /results? for zzqqxxnotaword/,
	},
	{
		prefix: '/zh-cn',
		search: /搜索/,
		msi: 'Windows Installer 消息',
		title: '未标记为正在进行时调用了 RunScript',
		meaning:
			'Windows Installer 的内部错误（2000 及以上的编号都是内部错误）：安装程序要运行安装脚本，但这次安装从未被标记为已开始。',
		chain: '解读为 0x80070643 → 1603',
		extend: '扩展代码 0x4000D：阶段 SP_EXECUTION_OOBE_BOOT，操作 SP_EXECUTION_OP_MIGRATE_DATA。',
		matched: /匹配：.*2503/,
		none: '这段文字中没有错误代码。',
		label: /错误代码或名称/,
		clear: '清除',
		message: /找到.*“zzqqxxnotaword”/,
	},
];

async function openSearch(page: Page, from: string, name: RegExp) {
	await page.goto(from);
	await page.getByRole('button', { name }).first().click();
	const dialog = page.getByRole('dialog');
	const box = dialog.getByRole('search').getByRole('textbox');
	await expect(box).toBeFocused();
	return { dialog, box };
}

const card = (page: Page) => page.getByRole('region', { name: /Error code answer|错误代码解答/ });

/**
 * The lookup documents the page requests from now on (the answer card's chunks, in any language, and
 * name shards); a name shard is written with its kind only (u* or p*): which one a name hashes to is
 * the chooser's business, that there is exactly one is the test's.
 */
function lookupRequests(page: Page): string[] {
	const fetched: string[] = [];
	page.on('request', (r) => {
		const path = new URL(r.url()).pathname;
		if (/^(\/zh-cn)?\/api\/errors\/lookup/.test(path))
			fetched.push(path.replace(/\/names\/([up])\d+\.json$/, '/names/$1*.json'));
	});
	return fetched;
}

/** The chunk ranges of the page (src/lib/errors/slices.ts), read from its search dialog. */
type Manifest = LookupManifest;
const manifestOf = async (page: Page): Promise<Manifest> => {
	const m = decodeManifest((await page.locator('ifg-answer').getAttribute('data-lookup')) ?? '');
	expect(m).not.toBeNull();
	return m ?? { v: 1, chunks: {}, shards: { u: 1, p: 1 } };
};
/** The chunks of `family` whose ranges hold any of `codes`, in the page's language. */
const chunks = (m: Manifest, prefix: string, family: string, codes: number[]) =>
	((m.chunks as Partial<Record<string, [number, number][]>>)[family] ?? []).flatMap(
		([lo, hi], i) =>
			codes.some((c) => c >= lo && c <= hi)
				? [`${prefix}/api/errors/lookup/${family}/${i}.json`]
				: [],
	);
const NAME_SHARD = '/api/errors/lookup/names/u*.json';
const WORD_SHARD = '/api/errors/lookup/names/p*.json';
/** One plain-word shard per shard the query's words hash to (the words are spread over several). */
const wordShards = (m: Manifest, query: string) =>
	needsOf(query, m)
		.shards.filter((s) => s.startsWith('p'))
		.map(() => WORD_SHARD);

// What the card answers (each in a new document with no HTTP cache, so what it fetches is its own): the
// link's page, and exactly the documents fetched — only the chunks the query's codes and names can be
// in, in the page's language; one name shard per name.
const answers: { query: string; page: string; docs: (m: Manifest, prefix: string) => string[] }[] =
	[
		{
			query: '2503',
			page: '/errors/msi/2503/',
			// And the win32 chunk whose range holds 2503, if one does (no Win32 code is 2503).
			docs: (m, p) => [
				...chunks(m, p, 'msi', [2503]),
				...chunks(m, p, 'msiexec', [2503]),
				...chunks(m, p, 'win32', [2503]),
			],
		},
		{
			query: '0x800B0101',
			page: '/errors/hresult/0x800B0101/',
			docs: (m, p) => chunks(m, p, 'hresult', [0x800b0101]),
		},
		{
			query: '-2146762495',
			page: '/errors/hresult/0x800B0101/',
			docs: (m, p) => chunks(m, p, 'hresult', [0x800b0101]),
		},
		{
			query: 'CERT_E_EXPIRED',
			page: '/errors/hresult/0x800B0101/',
			docs: (m, p) => [NAME_SHARD, ...chunks(m, p, 'hresult', [0x800b0101])],
		},
		{
			query: 'ERROR_INSTALL_ALREADY_RUNNING',
			page: '/errors/msiexec/1618/',
			docs: (m, p) => [NAME_SHARD, ...chunks(m, p, 'msiexec', [1618])],
		},
		// A pasted MSI log line: its small numbers (0C, 10, 22, 41, 125) may be msiexec codes, so the
		// chunks holding them come; its words may be names, so one plain-word shard comes. "is
		// returning" names the exit code, so msiexec's 1603 answers first (before message 1603).
		{
			query: 'MSI (c) (0C:10) [10:22:41:125]: MainEngineThread is returning 1603',
			page: '/errors/msiexec/1603/',
			docs: (m, p) => [
				...wordShards(m, 'MSI (c) (0C:10) [10:22:41:125]: MainEngineThread is returning 1603'),
				...chunks(m, p, 'msi', [1603]),
				...chunks(m, p, 'msiexec', [12, 10, 22, 41, 125, 1603]),
				...chunks(m, p, 'win32', [12, 10, 22, 41, 125, 1603]),
			],
		},
		// A verbose log's action result: "Return value 3" is exit code 1603 (Logging of Action Return
		// Values), not Win32 error 3; the chunks of 3 come too (more than lookup reads, never fewer).
		{
			query: 'Action ended 14:07:55: InstallFinalize. Return value 3.',
			page: '/errors/msiexec/1603/',
			docs: (m, p) => [
				...wordShards(m, 'Action ended 14:07:55: InstallFinalize. Return value 3.'),
				// Every family's chunks of those numbers, but a family read only with its cue (systemd-exit,
				// signal: families.ts cuedOnly) has none in this line.
				...Object.keys(m.chunks)
					.filter((f) => !(isFamily(f) && 'cuedOnly' in familyOf(f)))
					.flatMap((f) => chunks(m, p, f, [14, 7, 55, 3, 1603])),
				// "value 3" has the shape of macOS's "Bus error: 10" ("Segmentation fault 11"), which
				// lookup reads as a signal: the signals' one chunk comes for it (slices.ts mayHoldPrinted).
				...chunks(m, p, 'signal', [3]),
			],
		},
		// systemctl status's line (WebControlCNC/WebControl#184): 203/EXEC is read with its name, in the
		// family that prints it; the PID's chunks come too (more than lookup reads, never fewer).
		{
			query: 'Main PID: 2176 (code=exited, status=203/EXEC)',
			page: '/errors/systemd-exit/203/',
			docs: (m, p) => [
				...wordShards(m, 'Main PID: 2176 (code=exited, status=203/EXEC)'),
				...Object.keys(m.chunks).flatMap((f) => chunks(m, p, f, [2176])),
				...chunks(m, p, 'systemd-exit', [203]),
			],
		},
		// winget prints its HRESULTs as negative decimals.
		{
			query: '-1978335226',
			page: '/errors/winget/0x8A150006/',
			docs: (m, p) => chunks(m, p, 'winget', [0x8a150006]),
		},
		// Issue 12 §1/§3: a Win32 error wrapped in an HRESULT, as .NET prints it, and its name.
		{
			query: '-2147024891',
			page: '/errors/win32/5/',
			docs: (m, p) => [...chunks(m, p, 'msiexec', [5]), ...chunks(m, p, 'win32', [5])],
		},
		{
			query: 'ERROR_ACCESS_DENIED',
			page: '/errors/win32/5/',
			docs: (m, p) => [NAME_SHARD, ...chunks(m, p, 'win32', [5])],
		},
	];

// Starlight creates Pagefind's field when the browser is idle after load; a dialog opened before that
// (a quick click under load) used to focus nothing, so what the reader typed went nowhere. Here the
// idle callback is held until the test releases it, after the dialog has opened; the field must then
// take the focus as it appears (src/components/search/answer-element.ts), and keystrokes must land in it.
test('a dialog opened before the search field exists focuses the field when it appears', async ({
	page,
}) => {
	await page.addInitScript(() => {
		const held: IdleRequestCallback[] = [];
		const w = window as unknown as { __releaseIdle: () => void };
		window.requestIdleCallback = ((cb: IdleRequestCallback) => held.push(cb)) as never;
		w.__releaseIdle = () => {
			for (const cb of held.splice(0)) cb({ didTimeout: false, timeRemaining: () => 0 });
		};
	});
	await page.goto('/');
	await page
		.getByRole('button', { name: /search/i })
		.first()
		.click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	expect(await dialog.locator('input').count()).toBe(0);
	await page.evaluate(() => (window as unknown as { __releaseIdle: () => void }).__releaseIdle());
	const box = dialog.getByRole('search').getByRole('textbox');
	await expect(box).toBeFocused();
	await page.keyboard.type('2503');
	await expect(box).toHaveValue('2503');
	await expect(card(page).getByRole('link').first()).toHaveAttribute('href', '/errors/msi/2503/');
});

for (const l of langs) {
	test(`${l.prefix || '/'} dialog: a code answers above the results, with a link to its page`, async ({
		page,
	}) => {
		// Nothing of the answer engine or the lookup index loads before the first keystroke.
		const fetched = lookupRequests(page);
		const { box } = await openSearch(page, `${l.prefix}/`, l.search);
		expect(fetched).toEqual([]);
		await box.fill('2503');
		const answer = card(page);
		await expect(answer).toBeVisible();
		const link = answer.getByRole('link', { name: new RegExp(`${l.msi} 2503`) });
		await expect(link).toHaveAttribute('href', `${l.prefix}/errors/msi/2503/`);
		// The official text is English (lang="en") in every language; a translated title comes first.
		const official = link.locator('[lang="en"]');
		await expect(official).toHaveText('Called RunScript when not marked in progress.');
		if (l.title) await expect(link).toContainText(`2503${l.title}Called RunScript`);
		await expect(link).toContainText(l.meaning);
		// A decimal MSI code fetches the one msi chunk holding 2503, in the page's language: not
		// winget's, not the whole index, not the other language's; msiexec's and win32's chunks end
		// before their gaps around 2503 (src/lib/errors/slices.ts CHUNK_GAP).
		const m = await manifestOf(page);
		expect(m.chunks.msi?.length).toBeGreaterThan(5);
		expect(fetched.sort()).toEqual(
			[
				...chunks(m, l.prefix, 'msi', [2503]),
				...chunks(m, l.prefix, 'msiexec', [2503]),
				...chunks(m, l.prefix, 'win32', [2503]),
			].sort(),
		);
		expect(fetched).toHaveLength(1);
		// Pagefind's results still come, below the card.
		const results = page.locator('.pagefind-ui__result-link');
		await expect(results.first()).toBeVisible({ timeout: 30_000 });
		const [cardBox, resultBox] = [await answer.boundingBox(), await results.first().boundingBox()];
		expect(cardBox!.y).toBeLessThan(resultBox!.y);
		await link.click();
		await expect(page).toHaveURL(`${l.prefix}/errors/msi/2503/`);
	});

	test(`${l.prefix || '/'} dialog: pasted lines answer, chains show, junk shows no card`, async ({
		page,
	}) => {
		const { box } = await openSearch(page, `${l.prefix}/`, l.search);
		await box.fill('Error 0x80070643: Failed to install MSI package.');
		const answer = card(page);
		await expect(answer.getByRole('link')).toHaveCount(1);
		await expect(answer.getByRole('link')).toHaveAttribute(
			'href',
			`${l.prefix}/errors/msiexec/1603/`,
		);
		await expect(answer).toContainText(l.chain);
		// Windows Setup's result code and extend code (Learn's example): the phase and the operation.
		await box.fill('0xC1900101 - 0x4000D');
		await expect(answer.getByRole('link')).toHaveAttribute(
			'href',
			`${l.prefix}/errors/upgrade/0xC1900101/`,
		);
		await expect(answer).toContainText(l.extend);
		await box.fill('Note: 1: 2203 2: C:\\Windows\\Installer\\1a2b.msi 3: -2147287035');
		// -2147287035 is STG_E_ACCESSDENIED (0x80030005, winerror.h), answered since the stg family.
		await expect(answer.getByRole('link')).toHaveCount(2);
		await expect(answer.getByRole('link').first()).toHaveAttribute(
			'href',
			`${l.prefix}/errors/msi/2203/`,
		);
		await expect(answer.getByRole('link').nth(1)).toHaveAttribute(
			'href',
			`${l.prefix}/errors/stg/0x80030005/`,
		);
		// pip's line: OpenSSL's text after Python's words is X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN (19),
		// not SSLCertVerificationError's 1 (its chunk comes only for those words: slices.ts).
		await box.fill(
			"(Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self signed certificate in certificate chain (_ssl.c:1129)')))",
		);
		await expect(answer.getByRole('link')).toHaveCount(1);
		await expect(answer.getByRole('link')).toHaveAttribute(
			'href',
			`${l.prefix}/errors/openssl/19/`,
		);
		// Docker's line for a RUN line that ran apt-get: APT's one failure status, not Win32's 100
		// (ERROR_TOO_MANY_SEMAPHORES), which comes after it.
		await box.fill(
			"The command '/bin/sh -c apt-get install -y curl' returned a non-zero code: 100",
		);
		await expect(answer.getByRole('link').first()).toHaveAttribute(
			'href',
			`${l.prefix}/errors/apt/100/`,
		);
		// dpkg's line: the package's script exited with 1, a failure of any kind, not Win32's 1.
		await box.fill(
			'installed foo package post-installation script subprocess returned error exit status 1',
		);
		await expect(answer.getByRole('link').first()).toHaveAttribute(
			'href',
			`${l.prefix}/errors/shell/1/`,
		);
		// A CI runner's line (jackc/pgx#1934): the shell's 128 + 15 is SIGTERM, read before Win32's 143.
		await box.fill('Error: Process completed with exit code 143.');
		await expect(answer.getByRole('link').first()).toHaveAttribute(
			'href',
			`${l.prefix}/errors/signal/15/`,
		);
		await expect(answer).toContainText('143 → 128 + 15');
		// torchrun's line (meta-llama/llama#706): Python's negative exit code -9 is SIGKILL, not the
		// local rank's 0 (ERROR_SUCCESS).
		await box.fill(
			'ERROR:torch.distributed.elastic.multiprocessing.api:failed (exitcode: -9) local_rank: 0 (pid: 333202) of binary: /home/akemid/llama/venv/bin/python3',
		);
		await expect(answer.getByRole('link').first()).toHaveAttribute(
			'href',
			`${l.prefix}/errors/signal/9/`,
		);
		await expect(answer).toContainText('-9 → 9');
		// JetBrains' run window and Go's os/exec: a process that crashed or could not start, by its
		// NTSTATUS code (the ntstatus family, from the Windows SDK's ntstatus.h).
		await box.fill('Process finished with exit code -1073741819 (0xC0000005)');
		await expect(answer.getByRole('link')).toHaveCount(1);
		await expect(answer.getByRole('link')).toHaveAttribute(
			'href',
			`${l.prefix}/errors/ntstatus/0xC0000005/`,
		);
		await box.fill('pkg-config: exit status 0xc0000135');
		await expect(answer.getByRole('link')).toHaveAttribute(
			'href',
			`${l.prefix}/errors/ntstatus/0xC0000135/`,
		);
		// The servicing stack: DISM's summary (the setup family, 0x800F), and a CSI line's GetLastError,
		// an NTSTATUS wrapped by HRESULT_FROM_NT (Learn's article on component store corruption).
		await box.fill('Error: 0x800f081f The source files could not be found.');
		await expect(answer.getByRole('link')).toHaveAttribute(
			'href',
			`${l.prefix}/errors/setup/0x800F081F/`,
		);
		await box.fill(
			'CCSDirectTransaction::OperateEnding at index 0 of 1 operations [gle=0xd015001a]',
		);
		await expect(answer.getByRole('link')).toHaveCount(1);
		await expect(answer.getByRole('link')).toHaveAttribute(
			'href',
			`${l.prefix}/errors/ntstatus/0xC015001A/`,
		);
		await expect(answer).toContainText('0xd015001a → 0xC015001A');
		// setupapi.dev.log writes SetupAPI's own value (Learn's article on restricting USB devices).
		await box.fill('<<<  [Exit status: FAILURE(0xe0000248)]');
		await expect(answer.getByRole('link')).toHaveCount(1);
		await expect(answer.getByRole('link')).toHaveAttribute(
			'href',
			`${l.prefix}/errors/setup/0x800F0248/`,
		);
		await expect(answer).toContainText('0xe0000248 → 0x800F0248');
		// What bash prints for a job SIGSEGV ended, in English and in a Chinese locale (glibc's text), and
		// what zsh prints.
		for (const [line, token] of [
			['Segmentation fault (core dumped)', 'Segmentation fault'],
			['bash: 第 1 行： 2037 段错误               （核心已转储）./a.out', '段错误'],
			// zsh's own text, as zsh prints it for a job SIGSEGV ended
			['zsh: segmentation fault  ./a.out', 'segmentation fault'],
			// macOS's text, with macOS's number (OSVR/OSVR-Core#347)
			['Loading auto-loadable plugins...\nSegmentation fault: 11', 'Segmentation fault: 11'],
		] as const) {
			await box.fill(line);
			await expect(answer.getByRole('link').first()).toHaveAttribute(
				'href',
				`${l.prefix}/errors/signal/11/`,
			);
			await expect(answer).toContainText(`${token} → 11`);
		}
		await box.fill('安装程序没有响应');
		await expect(answer).toBeHidden();
	});

	test(`${l.prefix || '/'} dialog: each query fetches only its chunks and answers as before`, async ({
		page,
	}) => {
		// No HTTP cache, and a new document per query (the card's own cache starts empty): every
		// document a query needs is requested again.
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		const fetched = lookupRequests(page);
		// (Focus is checked by the tests above; after many navigations one page can report it "inactive".)
		const fresh = async (query: string) => {
			await page.goto(`${l.prefix}/`);
			await page.getByRole('button', { name: l.search }).first().click();
			fetched.length = 0;
			await page.getByRole('dialog').getByRole('search').getByRole('textbox').fill(query);
		};
		for (const a of answers) {
			await fresh(a.query);
			const first = card(page).getByRole('link').first();
			await expect(first, a.query).toHaveAttribute('href', `${l.prefix}${a.page}`, {
				timeout: 15_000,
			});
			const docs = a.docs(await manifestOf(page), l.prefix);
			// Chunks once each; a plain-word shard once per shard the words hash to (written alike).
			const shards = docs.filter((d) => d.includes('/names/'));
			const chunkDocs = docs.filter((d) => !d.includes('/names/'));
			expect([...fetched].sort(), a.query).toEqual([...new Set(chunkDocs), ...shards].sort());
		}
		// Chinese text holds no code and no name; a line of words may be what a shell printed ("段错误"),
		// so the signals' one chunk is fetched, and nothing else: no card.
		await fresh('证书已过期');
		// Pagefind has answered (on the English site: no results), so the card has had its turn too.
		await expect(page.locator('dialog .pagefind-ui__message')).not.toBeEmpty({ timeout: 30_000 });
		await expect(card(page)).toBeHidden();
		expect(fetched).toEqual([`${l.prefix}/api/errors/lookup/signal/0.json`]);
	});

	test(`${l.prefix || '/'} dialog: a chunk that fails to load shows no card, and no error`, async ({
		page,
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.route('**/api/errors/lookup/msi/*.json', (r) => r.abort());
		const { box } = await openSearch(page, `${l.prefix}/`, l.search);
		await box.fill('2503');
		await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({
			timeout: 30_000,
		});
		await expect(card(page)).toBeHidden();
		// A query that needs only chunks that load still answers.
		await box.fill('0x800B0101');
		await expect(card(page).getByRole('link').first()).toHaveAttribute(
			'href',
			`${l.prefix}/errors/hresult/0x800B0101/`,
		);
		expect(errors).toEqual([]);
	});

	test(`${l.prefix || '/'} dialog: arrow keys move through answers and results, Enter opens`, async ({
		page,
	}) => {
		const { box } = await openSearch(page, `${l.prefix}/`, l.search);
		await box.fill('1603');
		const links = card(page).getByRole('link');
		await expect(links).toHaveCount(2);
		await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({
			timeout: 30_000,
		});
		// Pagefind has finished this search (its count is shown) and its results are all drawn: a
		// result list still being drawn under load can replace the focused element.
		await expect(page.locator('dialog .pagefind-ui__message')).not.toBeEmpty({ timeout: 30_000 });
		await expect(page.locator('dialog .pagefind-ui__loading')).toHaveCount(0);
		await page.keyboard.press('ArrowDown');
		await expect(links.nth(0)).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(links.nth(1)).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(page.locator('.pagefind-ui__result-link').first()).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(box).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(links.nth(0)).toHaveAttribute('href', `${l.prefix}/errors/msiexec/1603/`);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		// The second answer: a bare 1603 lists the exit code first, then message 1603.
		await expect(page).toHaveURL(`${l.prefix}/errors/msi/1603/`);
	});

	test(`${l.prefix || '/'} dialog: Pagefind's own strings are in the page's language`, async ({
		page,
	}) => {
		const { dialog, box } = await openSearch(page, `${l.prefix}/`, l.search);
		await box.fill('zzqqxxnotaword');
		// Zero or a few fuzzy hits: either way the count line is ours, in the page's language.
		await expect(dialog.locator('.pagefind-ui__message')).toContainText(l.message, {
			timeout: 30_000,
		});
		await expect(dialog.locator('.pagefind-ui__search-clear')).toHaveText(l.clear);
	});

	test(`${l.prefix || '/'}errors/: the same engine; status names the match; Enter opens it; ?q= capped`, async ({
		page,
	}) => {
		await page.goto(`${l.prefix}/errors/`);
		const box = page.getByRole('searchbox', { name: l.label });
		await expect(box).toBeEnabled();
		const status = page.getByRole('status');
		await box.fill('The error code is 2503');
		await expect(status).toContainText(l.matched);
		await expect(page).toHaveURL(/[?&]q=2503(&|$)/);
		await box.fill('0xC1900101 - 0x4000D');
		await expect(status).toContainText(l.extend);
		// A pasted log: only the code it holds reaches the address bar.
		const log = `MSI (s) (A0:B4) [12:01:02:345]: Note: 1: 2203 2: ${'C:\\x\\'.repeat(80)} 3: -2147287035`;
		await box.fill(log);
		await expect(status).toContainText('2203');
		expect(new URL(page.url()).searchParams.get('q')).toBe('2203');
		// Chinese-only input and junk: not a code, with the text search offered; never "728 of 728".
		for (const junk of ['安装程序没有响应', '？！。', '!!!']) {
			await box.fill(junk);
			await expect(status).toContainText(l.none);
			await expect(status).not.toContainText(/(\d+)\D+\1 /);
			expect(await page.locator('tbody tr').count()).toBeLessThan(100);
		}
		const long = '安装'.repeat(200);
		await box.fill(long);
		expect([...(new URL(page.url()).searchParams.get('q') ?? '')].length).toBeLessThanOrEqual(100);
		// Full-width digits as a Chinese IME types them, then Enter opens the best match.
		await box.fill('２５０３');
		await expect(status).toContainText(l.matched);
		await box.press('Enter');
		await expect(page).toHaveURL(`${l.prefix}/errors/msi/2503/`);
	});
}
