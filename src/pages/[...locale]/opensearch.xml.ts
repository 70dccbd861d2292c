// /opensearch.xml in every language (/zh-cn/opensearch.xml, …).
import { localeParams } from '~/i18n/locales';
import { openSearchRoute } from '~/lib/api/opensearch-route';

export const getStaticPaths = localeParams;
export const GET = openSearchRoute;
