// Server side: the UI strings of one checker (keys by prefix), serialised for data-i18n.
export function checkStrings(all: Record<string, string>, ...prefixes: string[]): string {
	const keys = Object.keys(all).filter((k) => prefixes.some((p) => k.startsWith(p)));
	return JSON.stringify(Object.fromEntries(keys.map((k) => [k, all[k]])));
}

export type Lang = 'en' | 'zh-cn';
export const basePath = (lang: Lang) => (lang === 'zh-cn' ? '/zh-cn' : '');
