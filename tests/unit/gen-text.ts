// Test helper: the text of a generator message in English and Chinese, from the real catalogs
// (src/i18n/<lang>/*.json), so assertions on wording read the same text the pages show.
import { readCatalog } from '~/i18n/loader';
import { type Catalog, format, type Msg } from '~/i18n/msg';

export const EN: Catalog = await readCatalog('en');
export const ZH: Catalog = await readCatalog('zh-CN');
export const en = (m: Msg | string): string => format(EN, m);
export const zh = (m: Msg | string): string => format(ZH, m);
