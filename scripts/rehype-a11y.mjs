// Accessibility fixes for Markdown output that Starlight leaves to the author:
// - Starlight lets a wide table scroll sideways; a scroll container must be reachable by keyboard
//   (axe: scrollable-region-focusable), so tables get tabindex="0".
// - GFM task lists render bare disabled checkboxes; each gets its item's text as its name (axe: label).
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';

/** @type {import('unified').Plugin<[], import('hast').Root>} */
export function rehypeA11y() {
	return (tree) => {
		visit(tree, 'element', (node) => {
			if (node.tagName === 'table') node.properties.tabIndex = 0;
			const classes = [node.properties?.className ?? []].flat();
			if (node.tagName !== 'li' || !classes.includes('task-list-item')) return;
			const label = toText(node).trim();
			visit(node, 'element', (child) => {
				if (child.tagName === 'input') child.properties.ariaLabel = label;
			});
		});
	};
}
