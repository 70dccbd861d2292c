// A checker's site link on the client, labelled and localised like the wizard's server-rendered ones.
import { pageLocale, t } from '~/i18n/client';
import { isMsg } from '~/i18n/msg';
import { h } from '../dom';
import { linkHref, linkLabel } from './links';

export const siteHref = (path: string): string => linkHref(pageLocale(), path);

export function siteLink(path: string): HTMLAnchorElement {
	const label = linkLabel(path);
	return h('a', { href: siteHref(path) }, isMsg(label) ? t(label) : label.text);
}
