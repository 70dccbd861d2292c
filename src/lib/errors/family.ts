/** The six numbering schemes the knowledge base covers; each has its own URL segment. */
export const FAMILIES = ['msi', 'msiexec', 'hresult', 'signtool', 'systemctl', 'journald'] as const;
export type Family = (typeof FAMILIES)[number];
