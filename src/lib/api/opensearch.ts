// OpenSearch 1.1 description (https://github.com/dewitt/opensearch): lets a browser add the site as
// a search engine. Its query URL is a page with ?q=, which opens the search dialog (search-from-url.ts).

export interface OpenSearchInput {
	/** At most 16 characters, as the specification requires. */
	shortName: string;
	description: string;
	lang: string;
	/** Absolute URL of the language's home page, e.g. https://example.org/zh-cn/. */
	home: URL;
	self: URL;
	icon: URL;
}

const escapeXml = (s: string) =>
	s.replace(
		/[<>&"']/g,
		(c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`,
	);

export function openSearchXml({
	shortName,
	description,
	lang,
	home,
	self,
	icon,
}: OpenSearchInput): string {
	if ([...shortName].length > 16)
		throw new Error(`OpenSearch ShortName "${shortName}" is longer than 16 characters`);
	return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
	<ShortName>${escapeXml(shortName)}</ShortName>
	<Description>${escapeXml(description)}</Description>
	<InputEncoding>UTF-8</InputEncoding>
	<Language>${escapeXml(lang)}</Language>
	<Image type="image/svg+xml">${escapeXml(icon.href)}</Image>
	<Url type="text/html" method="get" template="${escapeXml(home.href)}?q={searchTerms}"/>
	<Url type="application/opensearchdescription+xml" rel="self" template="${escapeXml(self.href)}"/>
</OpenSearchDescription>
`;
}
