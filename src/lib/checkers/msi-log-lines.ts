// Line shapes of a Windows Installer log that do not depend on the language Windows runs in. Windows
// translates "Action ended 14:07:55: InstallFinalize. Return value 3." and the event-style status
// lines, but not the time, the action name (a table key), the return value, nor the debug lines
// ("MSI (s) (xx:yy) [...]:", "DEBUG: Error", "Note: 1:", "CustomAction … returned actual error code",
// "MainEngineThread is returning", "Property(S):"). So we recognise a translated line by its SHAPE
// (words, a time, an action name, an ASCII or full-width stop, words, one digit, a stop) and only then
// look its words up to name the language. Every pattern is anchored or has bounded repeats: each
// runs in time linear in the line (tests/unit/check-msi-log-redos.test.ts crafts the worst cases).

/** Languages whose action-end words we know from published logs or Microsoft's own translations. */
export const ACTION_END_WORDS: Readonly<Record<string, string>> = {
	'Action ended': 'en',
	操作结束: 'zh-CN',
	操作終了: 'ja',
	アクション終了: 'ja',
	'작업 종료': 'ko',
	'Aktion beendet': 'de',
	'Action terminée': 'fr',
	'Acción finalizada': 'es',
	'Azione terminata': 'it',
	'Ação concluída': 'pt-BR',
	'Действие завершено': 'ru',
	'Akcja zakończona': 'pl',
	'Eylem sona erdi': 'tr',
};

// Words (no digits, bounded), a clock time, an identifier, a stop; for the end line also words,
// one digit and a stop. A Korean time may carry 오전/오후 before it: those are words as well.
const END =
	/^(\D{1,40}?) ?(\d{1,2}:\d\d:\d\d)[:：] ?([A-Za-z_][\w.]*)[.。] ?(\D{1,40}?) ?(\d)[.。]?\s*$/;
const START = /^(\D{1,40}?) ?(\d{1,2}:\d\d:\d\d)[:：] ?([A-Za-z_][\w.]*)[.。]\s*$/;

export interface ActionLine {
	time: string;
	action: string;
	/** Present on action-end lines: 0 not run, 1 success, 2 cancelled, 3 fatal error, 4 suspended. */
	value?: number;
	/** The language the words belong to, when known. */
	lang?: string;
}

/** An "Action start"/"Action ended" line in any language, or undefined. */
export function actionLine(body: string): ActionLine | undefined {
	// Cheap gates before any regex: action lines are short (a name is at most 72 characters) and
	// hold a clock time in their first 60 characters.
	if (body.length > 400) return undefined;
	const colon = body.indexOf(':');
	if (colon < 1 || colon > 60) return undefined;
	const e = END.exec(body);
	if (e) {
		const words = e[1]!.trim();
		const lang = ACTION_END_WORDS[words];
		return { time: e[2]!, action: e[3]!, value: Number(e[5]), ...(lang ? { lang } : {}) };
	}
	const s = START.exec(body);
	if (s) return { time: s[2]!, action: s[3]! };
	return undefined;
}

const STATUS_EN =
	/(Installation|Reconfiguration|Removal|Configuration|Repair) success or error status: (\d+)/;
const STATUS_SHAPE = /[:：] ?(\d{1,5})[.。]?\s*$/;

export type StatusKind = 'install' | 'reconfigure' | 'remove';
const KIND: Record<string, StatusKind> = {
	Installation: 'install',
	Reconfiguration: 'reconfigure',
	Configuration: 'reconfigure',
	Repair: 'reconfigure',
	Removal: 'remove',
};

/**
 * The closing "Windows Installer installed|reconfigured|removed the product. … status: N." line, in
 * English or by shape: it names Windows Installer near its start and ends with ": N." after at
 * least four stops (product name, version, language, manufacturer).
 */
export function statusLine(body: string): { code: number; kind?: StatusKind } | undefined {
	const m = STATUS_EN.exec(body);
	if (m) return { code: Number(m[2]), kind: KIND[m[1]!]! };
	const w = body.indexOf('Windows');
	if (w < 0 || w > 40 || body.length > 4096) return undefined;
	const tail = STATUS_SHAPE.exec(body);
	if (!tail) return undefined;
	let stops = 0;
	for (let i = w; i < tail.index && stops < 4; i++) {
		const c = body.charCodeAt(i);
		if (c === 0x3002 || (c === 46 /* . */ && body.charCodeAt(i + 1) === 32)) stops++;
	}
	return stops >= 4 ? { code: Number(tail[1]) } : undefined;
}

// "Error" in any language is one word of letters (Latin, Greek, Cyrillic, kana, CJK, Hangul):
// "Error 1722.", "Fehler 1722.", "错误 1722。", "오류 1722.". The shape, not a word list, decides.
const WORD =
	'[A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u3040-\\u30FF\\u4E00-\\u9FFF\\uAC00-\\uD7AF]{1,12}';
const ERROR_AFTER_PRODUCT = new RegExp(` -- ${WORD} (\\d{4})[.。]`);
const ERROR_AT_START = new RegExp(`^(?:Internal )?${WORD} (\\d{4})[.。] ?\\S`);

/**
 * A displayed message number: "Product: X -- Error 1925." (the product word is translated, " -- "
 * is not) or a line that starts "Error 1925. <message>", with "Error" in any language.
 */
export function displayedError(body: string): number | undefined {
	const m =
		ERROR_AT_START.exec(body) ?? (body.includes(' -- ') ? ERROR_AFTER_PRODUCT.exec(body) : null);
	return m ? Number(m[1]) : undefined;
}
