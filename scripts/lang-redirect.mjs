// A reader whose browser prefers Chinese and who opens the English home page for the first time is
// sent to the Chinese home page before anything is painted (so no flash of English). It happens once per
// browser: the flag is set before leaving, so choosing English in the header's language switcher (the
// visible way back) sticks. Links from our own pages and requests for another page are never redirected.
// The script is inline because a render-blocking file would cost every visitor a round trip; the CSP
// allows exactly this text by its hash (astro.config.mjs), so the target is fixed at config time: the
// site's base (IFG_BASE, the same variable astro.config.mjs reads) and the locale's URL segment.
import { createHash } from 'node:crypto';
import { LOCALE_INFO } from '../src/i18n/locales.ts';

const base = (process.env.IFG_BASE ?? '/').replace(/\/+$/, '');
const target = `${base}/${LOCALE_INFO['zh-CN'].slug}/`;

export const langRedirectScript = `try{if(!localStorage.getItem('ifg-lang-redirect')&&!document.referrer.startsWith(location.origin)&&/^zh(?:$|-(?:cn|sg|hans))/i.test((navigator.languages||[])[0]||navigator.language||'')){localStorage.setItem('ifg-lang-redirect','1');location.replace(${JSON.stringify(target).replaceAll('"', "'")})}}catch(e){}`;

/** @type {`sha256-${string}`} */
export const langRedirectHash = `sha256-${createHash('sha256').update(langRedirectScript).digest('base64')}`;
