import { formsOf, idOf, slugOf, type CodeRef } from './codes';
import { FAMILY_INFO, type Lang } from './families';

export interface PageEntry extends CodeRef {
	official: readonly { text: string }[];
	summary?: { en: string; zh: string } | undefined;
}

const clip = (s: string, max = 70) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/** "2503 — Called RunScript when not marked in progress": the number, then the best short label. */
export function titleOf(e: PageEntry, lang: Lang): string {
	const text = (e.official[0]?.text ?? '').replace(/\.$/, '');
	const label =
		e.family === 'hresult' || e.family === 'msiexec' || e.family === 'journald'
			? (e.names[0] ?? text)
			: text || FAMILY_INFO[e.family].title[lang];
	return `${slugOf(e)} — ${clip(label)}`;
}

export function descriptionOf(e: PageEntry, lang: Lang): string {
	const family = FAMILY_INFO[e.family].title[lang];
	const what = e.summary?.[lang] ?? e.official[0]?.text ?? '';
	return clip(`${family} ${slugOf(e)}: ${what}`.replace(/\s+/g, ' '), 160);
}

/** Text Pagefind should weight for the page: every form of the number and every name. */
export const searchTerms = (e: CodeRef) => [...new Set(formsOf(e).map((f) => f.value))].join(' ');

export const pathOf = (e: CodeRef, lang: Lang) => `${lang === 'zh' ? '/zh-cn' : ''}/errors/${idOf(e)}/`;
