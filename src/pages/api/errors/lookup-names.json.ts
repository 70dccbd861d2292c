// /api/errors/lookup-names.json: every symbolic name with its family (src/lib/errors/slices.ts), next to
// the lookup index's slices, so the search dialog's answer card can tell which slice a name such as
// CERT_E_EXPIRED is in without fetching the whole index.
import type { APIRoute } from 'astro';
import { allEntries, indexedOf } from '~/components/errors/data';
import { DEFAULT_LOCALE } from '~/i18n/locales';
import { jsonResponse } from '~/lib/api/respond';
import { toLookupNames } from '~/lib/errors/slices';

export const GET: APIRoute = async () =>
	jsonResponse(toLookupNames((await allEntries()).map((e) => indexedOf(e, DEFAULT_LOCALE))));
