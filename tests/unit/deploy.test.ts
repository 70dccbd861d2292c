// Deployment helpers: SITE_URL check, the CSP header derived from the pages, head links, ?q= reading.
import { describe, expect, test } from 'vitest';
import { bestOf } from './timing';
import { fallbackChain, headerPolicy, parsePolicy } from '../../scripts/deploy-integration.mjs';
import { checkSiteUrl } from '../../scripts/site-url.mjs';
import { headLinksFor } from '~/lib/api/head-links';
import { openSearchXml } from '~/lib/api/opensearch';
import { MAX_QUERY_LENGTH, searchQueryOf } from '~/lib/search-query';
import { matches, parseHeaders } from '../e2e/serve-dist';

describe('SITE_URL for deploy:build', () => {
	test.each([
		[undefined, 'SITE_URL is not set.'],
		['  ', 'SITE_URL is not set.'],
		['guide.example.org', 'SITE_URL is not an absolute URL: "guide.example.org".'],
		['ftp://guide.example.org', 'SITE_URL must start with https:// (got ftp:).'],
		[
			'http://localhost:4321',
			'SITE_URL points at this machine (localhost); use the public address.',
		],
		['http://127.0.0.1', 'SITE_URL points at this machine (127.0.0.1); use the public address.'],
		[
			'https://example.org/docs/',
			'SITE_URL must be an origin without a path, query or fragment (got https://example.org/docs/).',
		],
	])('refuses %j', (value, message) => {
		expect(checkSiteUrl(value)).toEqual({ ok: false, message });
	});

	test.each([
		['https://guide.example.org', 'https://guide.example.org'],
		['https://guide.example.org/', 'https://guide.example.org'],
		[' https://Guide.Example.org:8443 ', 'https://guide.example.org:8443'],
	])('accepts %j as %s', (value, url) => {
		expect(checkSiteUrl(value)).toEqual({ ok: true, url });
	});
});

describe('CSP header from the pages', () => {
	const page = (styles: string) =>
		`default-src 'self';img-src 'self' data:;object-src 'none'; script-src 'self' 'sha256-A='; style-src 'self' ; style-src-elem 'self' ${styles}; style-src-attr 'unsafe-inline';`;

	test('one policy on every page: the header is that policy plus frame-ancestors', () => {
		const { header, perPage } = headerPolicy([page("'sha256-S='"), page("'sha256-S='")]);
		expect(header).toBe(
			"default-src 'self'; img-src 'self' data:; object-src 'none'; script-src 'self' 'sha256-A='; style-src 'self'; style-src-elem 'self' 'sha256-S='; style-src-attr 'unsafe-inline'; frame-ancestors 'none'",
		);
		expect(perPage).toEqual([]);
	});

	test('per-page style hashes: the header leaves them, and what they fall back to, to the meta', () => {
		const { header, perPage } = headerPolicy([page("'sha256-S='"), page("'sha256-T='")]);
		expect(perPage).toEqual(['style-src-elem', 'style-src', 'default-src']);
		expect(header).toBe(
			"img-src 'self' data:; object-src 'none'; script-src 'self' 'sha256-A='; style-src-attr 'unsafe-inline'; frame-ancestors 'none'",
		);
	});

	test.each([
		['style-src-elem', ['style-src-elem', 'style-src', 'default-src']],
		['script-src', ['script-src', 'default-src']],
		['worker-src', ['worker-src', 'child-src', 'default-src', 'script-src']],
		['frame-src', ['frame-src', 'child-src', 'default-src']],
		['base-uri', ['base-uri']],
		['default-src', ['default-src']],
	])('%s falls back along %j', (name, chain) => {
		expect(fallbackChain(name)).toEqual(chain);
	});

	test('directives are split as the browser splits them', () => {
		expect(parsePolicy(" Default-Src 'self' ;; img-src  'self'  data: ;")).toEqual([
			['default-src', "'self'"],
			['img-src', "'self' data:"],
		]);
	});
});

describe('_headers rules as Netlify and Cloudflare Pages match them', () => {
	test('parses rules and their headers, skipping comments', () => {
		expect(
			parseHeaders('# c\n/*\n  A: 1\n  B: x: y\n\n/_astro/*\n  Cache-Control: immutable\n'),
		).toEqual([
			{
				pattern: '/*',
				headers: [
					['A', '1'],
					['B', 'x: y'],
				],
			},
			{ pattern: '/_astro/*', headers: [['Cache-Control', 'immutable']] },
		]);
	});

	test.each([
		['/*', '/', true],
		['/_astro/*', '/_astro/a.B1.js', true],
		['/_astro/*', '/errors/_astro/a.js', false],
		['/pagefind/fragment/*', '/pagefind/pagefind.js', false],
		['/errors/:family/', '/errors/msi/', true],
		['/errors/:family/', '/errors/msi/2503/', false],
		['/a.b', '/aXb', false],
	])('%s matches %s: %s', (pattern, path, expected) => {
		expect(matches(pattern, path)).toBe(expected);
	});
});

describe('head links', () => {
	test.each([
		['/', ['/opensearch.xml']],
		['/zh-cn/fixes/run-elevated/', ['/zh-cn/opensearch.xml']],
		['/errors/msi/2503/', ['/opensearch.xml', '/api/errors/msi/2503.json']],
		[
			'/zh-cn/errors/hresult/0x800B0100/',
			['/zh-cn/opensearch.xml', '/api/errors/hresult/0x800B0100.json'],
		],
		// A family id with a hyphen (api.spec found these pages without their JSON link).
		[
			'/errors/windows-update/0x80240022/',
			['/opensearch.xml', '/api/errors/windows-update/0x80240022.json'],
		],
		// And one with a digit (api.spec found the 5,372 win32 pages without it).
		['/zh-cn/errors/win32/5/', ['/zh-cn/opensearch.xml', '/api/errors/win32/5.json']],
		['/errors/win32/page/2/', ['/opensearch.xml']],
		['/errors/', ['/opensearch.xml', '/api/errors/index.json']],
		['/errors/msi/', ['/opensearch.xml']],
		['/errors/nosuch/1/', ['/opensearch.xml']],
	])('%s links %j', (path, hrefs) => {
		expect(headLinksFor(path, 'T').map((l) => l.href)).toEqual(hrefs);
	});
});

describe('?q= search', () => {
	test.each([
		['?q=2503', '2503'],
		['?q=%20%20error%0A2503%20', 'error 2503'],
		['?q=%E7%B2%98%E6%BB%9E%E4%BD%8D', '粘滞位'],
		['?q=a+b', 'a b'],
		['?q=', null],
		['?q=%20', null],
		['?x=1', null],
		['', null],
	])('%s reads as %j', (search, query) => {
		expect(searchQueryOf(search)).toBe(query);
	});

	test('a long query is cut, and a long run of spaces costs linear time', () => {
		expect(searchQueryOf(`?q=${'a'.repeat(10_000)}`)).toHaveLength(MAX_QUERY_LENGTH);
		expect(searchQueryOf(`?q=${'%20'.repeat(200_000)}x`)).toBe('x');
		expect(bestOf(() => searchQueryOf(`?q=${'%20'.repeat(200_000)}x`))).toBeLessThan(1_000);
	});
});

describe('OpenSearch description', () => {
	const input = {
		shortName: 'Installer Guide',
		description: 'Search <codes> & "guides"',
		lang: 'en',
		home: new URL('https://g.example/zh-cn/'),
		self: new URL('https://g.example/zh-cn/opensearch.xml'),
		icon: new URL('https://g.example/favicon.svg'),
	};

	test('escapes text and points the query at the home page with ?q=', () => {
		const xml = openSearchXml(input);
		expect(xml).toContain(
			'<Description>Search &lt;codes&gt; &amp; &quot;guides&quot;</Description>',
		);
		expect(xml).toContain('template="https://g.example/zh-cn/?q={searchTerms}"');
	});

	test('refuses a ShortName over 16 characters (the specification limit)', () => {
		expect(() => openSearchXml({ ...input, shortName: 'Installer Field Guide' })).toThrow(
			'OpenSearch ShortName "Installer Field Guide" is longer than 16 characters',
		);
	});
});
