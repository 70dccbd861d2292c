import { openSearchRoute } from '~/lib/api/opensearch-route';

export const GET = openSearchRoute('/zh-cn', 'zh-CN');
