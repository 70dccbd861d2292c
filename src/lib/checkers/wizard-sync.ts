// Finds and replaces the diagram between the MDX markers {/* wizard-tree:start */} and
// {/* wizard-tree:end */} of the diagnose guide. Used by `npm run sync:wizard` and by the test that
// keeps the guide's diagram equal to the wizard's data.
const START = '{/* wizard-tree:start */}';
const END = '{/* wizard-tree:end */}';
const FENCE = /^```mermaid\n([\s\S]*?)^```$/m;

/** The Mermaid source inside the markers, or undefined when the markers or the fence are missing. */
export function extractWizardBlock(mdx: string): string | undefined {
	const text = mdx.replace(/\r\n/g, '\n');
	const a = text.indexOf(START);
	const b = text.indexOf(END, a + START.length);
	if (a < 0 || b < 0) return undefined;
	return FENCE.exec(text.slice(a + START.length, b))?.[1];
}

/** Rewrites what lies between the markers as one mermaid fence; throws when a marker is missing. */
export function replaceWizardBlock(mdx: string, source: string): string {
	const a = mdx.indexOf(START);
	const b = mdx.indexOf(END, a + START.length);
	if (a < 0 || b < 0) throw new Error(`missing ${a < 0 ? START : END}`);
	const body = source.endsWith('\n') ? source : `${source}\n`;
	return `${mdx.slice(0, a + START.length)}\n\n\`\`\`mermaid\n${body}\`\`\`\n\n${mdx.slice(b)}`;
}
