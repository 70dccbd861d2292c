// The contract every generator follows, so that ONE form component can render any of them. Every
// user-visible text is a Msg (catalog key + params; text in src/i18n/<lang>/generators.json).
import type { Msg } from '../../i18n/msg';
import type { Arg } from '../shell/types';

export type Shell = 'cmd' | 'powershell' | 'bash';
export type Value = string | boolean | string[];
export type State = Record<string, Value>;

export interface Option {
	readonly value: string;
	readonly label: Msg;
}

export interface Field {
	readonly name: string;
	readonly kind: 'text' | 'textarea' | 'select' | 'checkbox' | 'number' | 'list';
	readonly label: Msg;
	readonly help?: Msg;
	readonly options?: readonly Option[];
	/** text/number/select: string; checkbox: boolean; list: string[] (one item per line in the form). */
	readonly default: Value;
	readonly placeholder?: string;
	readonly min?: number;
	readonly max?: number;
	/** Consecutive fields with the same group are shown together under this legend. */
	readonly group?: Msg;
	/** Recomputed from other fields by the generator's sync(); not written to the URL. */
	readonly derived?: boolean;
	/** Short URL query parameter name; defaults to `name`. */
	readonly param?: string;
}

export interface Preset {
	readonly id: string;
	readonly label: Msg;
	readonly state: State;
}

export interface Spec {
	readonly id: string;
	// The title is the tool's name, catalog key tool.<id>.name (src/lib/tools.ts).
	readonly description: Msg;
	readonly shells: readonly Shell[];
	readonly fields: readonly Field[];
	readonly presets?: readonly Preset[];
}

export interface Token {
	readonly text: string;
	readonly explain: Msg;
	readonly href?: string;
}

export interface FieldError {
	readonly field: string;
	readonly message: Msg;
}

export interface Result {
	readonly argv: readonly Arg[];
	/** Always produced from argv by a shell module; empty when there are errors. */
	readonly command: string;
	readonly tokens: readonly Token[];
	readonly warnings: readonly Msg[];
	readonly errors: readonly FieldError[];
}

export interface Generator {
	readonly spec: Spec;
	generate(state: State, shell: Shell): Result;
}

/**
 * What a generator's reader (parse(argv) in src/lib/generators/parse/, for explain mode) reads back:
 * the form state, and for each argument after the program the text of the generator token it
 * becomes (lower case compared), or null when the form has no place for it (shown as unknown).
 */
export interface Parsed {
	readonly state: State;
	readonly canon: readonly (string | null)[];
}
