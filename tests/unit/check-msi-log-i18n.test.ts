// Localized logs (metamorphic): Windows translates the action lines, the displayed "Error NNNN."
// word, "Product:" and the closing status line, and nothing else. Every English fixture gets twins
// in other languages, built from the line shapes of published localized logs (zh-CN, ja: see
// tests/fixtures/logs/README.md), plus one language the analyzer has never heard of; each twin
// must give the same verdict as its English original. Twins in a local ANSI code page are encoded by
// the system's iconv (not by us) and must be detected and decoded.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readLogBytes } from '~/lib/checkers/log-reader';
import { analyzeMsiLog } from '~/lib/checkers/msi-log';
import type { MsiLogReport } from '~/lib/checkers/msi-log';
import { actionLine, statusLine } from '~/lib/checkers/msi-log-lines';
import { hints, summarize } from '~/lib/checkers/msi-log-summary';

interface Lang {
	start: string;
	end: string;
	ret: string;
	error: string;
	product: string;
	/** The closing status line, from the English fields. */
	status: (verb: string, f: string[], code: string) => string;
	stop: string;
	/** Expected language tag, or undefined when the words are unknown (shape only). */
	tag?: string;
	/** Local ANSI code page (iconv name) this language's logs may come in. */
	ansi?: string;
}

const dotted =
	(head: string, labels: string[], tail: string, stop: string) =>
	(_verb: string, f: string[], code: string) =>
		`Windows Installer ${head}${stop} ${labels.map((l, i) => `${l}: ${f[i]}${stop}`).join(' ')} ${tail}: ${code}${stop}`;

const LANGS: Record<string, Lang> = {
	// zh-CN: "操作结束 23:49:51: InstallFinalize。返回值 3。" and "产品: … -- " from a published log;
	// the status line as Windows writes it in Chinese.
	'zh-CN': {
		start: '操作开始',
		end: '操作结束',
		ret: '返回值',
		error: '错误',
		product: '产品',
		stop: '。',
		tag: 'zh-CN',
		ansi: 'GB18030',
		status: (_v, f, code) =>
			`Windows Installer 已安装产品。产品名称: ${f[0]}。产品版本: ${f[1]}。产品语言: ${f[2]}。制造商: ${f[3]}。安装成功或错误状态: ${code}。`,
	},
	// ja: "操作終了 16:40:01: LaunchConditions。 戻り値 3。" from a published log.
	ja: {
		start: '操作開始',
		end: '操作終了',
		ret: ' 戻り値',
		error: 'エラー',
		product: '製品',
		stop: '。',
		tag: 'ja',
		ansi: 'SHIFT_JIS',
		status: (_v, f, code) =>
			`Windows インストーラーにより製品がインストールされました。製品名: ${f[0]}。製品バージョン: ${f[1]}。製品の言語: ${f[2]}。製造元: ${f[3]}。インストールの成功またはエラー状態: ${code}。`,
	},
	'zh-TW': {
		start: '動作開始',
		end: '動作結束',
		ret: '傳回值',
		error: '錯誤',
		product: '產品',
		stop: '。',
		ansi: 'BIG5',
		status: (_v, f, code) =>
			`Windows Installer 已安裝產品。產品名稱: ${f[0]}。產品版本: ${f[1]}。產品語言: ${f[2]}。製造商: ${f[3]}。安裝成功或錯誤狀態: ${code}。`,
	},
	ko: {
		start: '작업 시작',
		end: '작업 종료',
		ret: '반환 값',
		error: '오류',
		product: '제품',
		stop: '.',
		tag: 'ko',
		ansi: 'EUC-KR',
		status: dotted(
			'에서 제품을 설치했습니다',
			['제품 이름', '제품 버전', '제품 언어', '제조업체'],
			'설치 성공 또는 오류 상태',
			'.',
		),
	},
	de: {
		start: 'Aktion gestartet um',
		end: 'Aktion beendet',
		ret: 'Rückgabewert',
		error: 'Fehler',
		product: 'Produkt',
		stop: '.',
		tag: 'de',
		ansi: 'CP1252',
		status: dotted(
			'hat das Produkt installiert',
			['Produktname', 'Produktversion', 'Produktsprache', 'Hersteller'],
			'Erfolg- bzw. Fehlerstatus der Installation',
			'.',
		),
	},
	fr: {
		start: 'Début de l’action',
		end: 'Action terminée',
		ret: 'Valeur de retour',
		error: 'Erreur',
		product: 'Produit',
		stop: '.',
		tag: 'fr',
		status: dotted(
			'a installé le produit',
			['Nom du produit', 'Version du produit', 'Langue du produit', 'Fabricant'],
			'Installation réussie ou état d’erreur',
			'.',
		),
	},
	ru: {
		start: 'Действие начато',
		end: 'Действие завершено',
		ret: 'Возвращенное значение',
		error: 'Ошибка',
		product: 'Продукт',
		stop: '.',
		tag: 'ru',
		ansi: 'CP1251',
		status: dotted(
			'установил продукт',
			['Имя продукта', 'Версия продукта', 'Язык продукта', 'Изготовитель'],
			'Успешное завершение или состояние ошибки',
			'.',
		),
	},
	tr: {
		start: 'Eylem başladı',
		end: 'Eylem sona erdi',
		ret: 'Dönüş değeri',
		error: 'Hata',
		product: 'Ürün',
		stop: '.',
		tag: 'tr',
		status: dotted(
			'ürünü yükledi',
			['Ürün Adı', 'Ürün Sürümü', 'Ürün Dili', 'Üretici'],
			'Yükleme başarı veya hata durumu',
			'.',
		),
	},
	es: {
		start: 'Acción iniciada',
		end: 'Acción finalizada',
		ret: 'Valor devuelto',
		error: 'Error',
		product: 'Producto',
		stop: '.',
		tag: 'es',
		status: dotted(
			'instaló el producto',
			['Nombre del producto', 'Versión del producto', 'Idioma del producto', 'Fabricante'],
			'Estado de error o éxito de la instalación',
			'.',
		),
	},
	it: {
		start: 'Azione avviata',
		end: 'Azione terminata',
		ret: 'Valore restituito',
		error: 'Errore',
		product: 'Prodotto',
		stop: '.',
		tag: 'it',
		status: dotted(
			'ha installato il prodotto',
			['Nome prodotto', 'Versione prodotto', 'Lingua prodotto', 'Produttore'],
			'Stato di riuscita o errore installazione',
			'.',
		),
	},
	'pt-BR': {
		start: 'Ação iniciada',
		end: 'Ação concluída',
		ret: 'Valor de retorno',
		error: 'Erro',
		product: 'Produto',
		stop: '.',
		tag: 'pt-BR',
		status: dotted(
			'instalou o produto',
			['Nome do Produto', 'Versão do Produto', 'Idioma do Produto', 'Fabricante'],
			'Status de êxito ou erro da instalação',
			'.',
		),
	},
	pl: {
		start: 'Akcja rozpoczęta',
		end: 'Akcja zakończona',
		ret: 'Wartość zwracana',
		error: 'Błąd',
		product: 'Produkt',
		stop: '.',
		tag: 'pl',
		status: dotted(
			'zainstalował produkt',
			['Nazwa produktu', 'Wersja produktu', 'Język produktu', 'Producent'],
			'Stan powodzenia lub błędu instalacji',
			'.',
		),
	},
	// Words the analyzer has never seen (Esperanto): only the shape can recognise them.
	eo: {
		start: 'Ago komenciĝis',
		end: 'Ago finiĝis',
		ret: 'Revena valoro',
		error: 'Eraro',
		product: 'Produkto',
		stop: '.',
		status: dotted(
			'instalis la produkton',
			['Nomo', 'Versio', 'Lingvo', 'Fabrikanto'],
			'Stato de sukceso aŭ eraro',
			'.',
		),
	},
};

const STATUS =
	/^(.*?)Windows Installer (installed|reconfigured|removed) the product\. Product Name: (.*?)\. Product Version: (.*?)\. Product Language: (.*?)\. Manufacturer: (.*?)\. \w+ success or error status: (\d+)\.$/;

/** Rewrites the lines Windows translates; leaves the debug lines in English, as Windows does. */
export function translate(log: string, L: Lang): string {
	const s = L.stop;
	return log
		.split('\n')
		.map((line) => {
			let m = /^Action start (\S+): (\S+)\.$/.exec(line);
			if (m) return `${L.start} ${m[1]}: ${m[2]}${s}`;
			m = /^Action ended (\S+): (\S+)\. Return value (\d)\.$/.exec(line);
			if (m)
				return `${L.end} ${m[1]}: ${m[2]}${s}${L.ret.startsWith(' ') ? '' : s === '。' ? '' : ' '}${L.ret} ${m[3]}${s}`;
			m = STATUS.exec(line);
			if (m) return `${m[1]}${L.status(m[2]!, [m[3]!, m[4]!, m[5]!, m[6]!], m[7]!)}`;
			m = /^(.*?)Product: (.*?) -- Error (\d{4})\. (.*)$/.exec(line);
			if (m) return `${m[1]}${L.product}: ${m[2]} -- ${L.error} ${m[3]}${s} ${m[4]}`;
			m = /^(MSI \(.\) .*?\]: )?Error (\d{4})\. (.*)$/.exec(line);
			if (m) return `${m[1] ?? ''}${L.error} ${m[2]}${s} ${m[3]}`;
			m = /^(.*?)Product: (.*?) -- (.*)$/.exec(line);
			if (m) return `${m[1]}${L.product}: ${m[2]} -- ${m[3]}`;
			return line;
		})
		.join('\n');
}

const dir = new URL('../fixtures/logs/', import.meta.url);
const FIXTURES = [
	'fail-2503.txt',
	'success.txt',
	'custom-action.txt',
	'privileges-1925.txt',
	'source-absent-1706.txt',
	'another-install-1618.txt',
	'truncated.txt',
	'ignored-ca-success.txt',
	'removal-1926.txt',
	'nested-removal.txt',
	'uninstall-1730.txt',
	'before-actions-1620.txt',
	'per-user-custom-action.txt',
	'appended-2503-then-success.txt',
];
const english = (name: string) => readFileSync(new URL(name, dir), 'utf8');

/** What must not change with the language. */
function verdict(r: MsiLogReport) {
	return {
		summary: summarize(r),
		hints: hints(r).map((h) => [h.id, h.command]),
		outcome: r.outcome,
		exitCode: r.exitCode,
		firstFailure: r.firstFailure && {
			action: r.firstFailure.action,
			n: r.firstFailure.n,
			nested: r.firstFailure.nested,
		},
		primary: r.primary && [r.primary.code, r.primary.n],
		elevation: r.elevation.verdict,
		perUser: r.perUser,
		customActions: r.failedCustomActions.map((c) => c.name),
		attempts: r.attempts,
		truncated: r.truncated,
	};
}

describe.each(Object.keys(LANGS))('%s twins give the English verdict', (lang) => {
	const L = LANGS[lang]!;
	test.each(FIXTURES)('%s', (name) => {
		const en = english(name);
		const twin = translate(en, L);
		const r = analyzeMsiLog(twin);
		expect(verdict(r)).toEqual(verdict(analyzeMsiLog(en)));
		if (L.tag && /\nAction ended /.test(en)) expect(r.languages).toContain(L.tag);
	});
});

describe.each(Object.entries(LANGS).filter(([, L]) => L.ansi))(
	'%s in its ANSI code page',
	(_lang, L) => {
		test.each(['fail-2503.txt', 'custom-action.txt', 'nested-removal.txt'])('%s', (name) => {
			const twin = translate(english(name), L).replace(/\n/g, '\r\n');
			const out = spawnSync('iconv', ['-f', 'UTF-8', '-t', L.ansi!], { input: twin });
			expect(out.status).toBe(0);
			const r = readLogBytes(new Uint8Array(out.stdout), 4099);
			if (!r.ok) throw new Error(r.reason);
			const expected = {
				GB18030: 'gb18030',
				BIG5: 'big5',
				SHIFT_JIS: 'shift_jis',
				'EUC-KR': 'euc-kr',
				CP1251: 'windows-1251',
				CP1252: 'windows-1252',
			}[L.ansi!];
			expect(r.encoding).toBe(expected);
			expect(verdict(r.report)).toEqual(verdict(analyzeMsiLog(english(name))));
		});
	},
);

test('published localized lines are recognised as they were written', () => {
	// zh-CN, from a published Windows Admin Center install log (README: source 1).
	expect(actionLine('操作结束 23:49:51: InstallFinalize。返回值 3。')).toEqual({
		time: '23:49:51',
		action: 'InstallFinalize',
		value: 3,
		lang: 'zh-CN',
	});
	// The same log's start line: "操作" plus the action and an ASCII stop.
	expect(actionLine('操作 23:46:23: BindSslPort.')).toEqual({
		time: '23:46:23',
		action: 'BindSslPort',
	});
	// ja, from a published LaunchConditions failure (README: source 2).
	expect(actionLine('操作終了 16:40:01: LaunchConditions。 戻り値 3。')).toEqual({
		time: '16:40:01',
		action: 'LaunchConditions',
		value: 3,
		lang: 'ja',
	});
	expect(
		statusLine(
			'Windows Installer 已安装产品。产品名称: X。产品版本: 1.0。产品语言: 2052。制造商: Y。安装成功或错误状态: 1603。',
		),
	).toEqual({ code: 1603 });
});

test('the zh-CN excerpt of the published Windows Admin Center log gives its verdict', () => {
	const r = analyzeMsiLog(readFileSync(new URL('zh-cn-wac-bindsslport.txt', dir), 'utf8'));
	expect(r.firstFailure?.action).toBe('InstallFinalize');
	expect(r.failedCustomActions.map((c) => [c.name, c.code])).toEqual([['BindSslPort', 1603]]);
	expect(summarize(r)).toMatchObject({
		kind: 'failure',
		action: 'InstallFinalize',
		customAction: 'BindSslPort',
	});
	expect(r.languages).toEqual(['zh-CN']);
});
