// The contract every generator follows, so that ONE form component can render any of them.
import type { Arg } from '../shell/types';

export type Lang = 'en' | 'zh-CN';
export type L10n = { readonly en: string; readonly 'zh-CN': string };
export type Shell = 'cmd' | 'powershell' | 'bash';
export type Value = string | boolean | string[];
export type State = Record<string, Value>;

export interface Option {
	readonly value: string;
	readonly label: L10n;
}

export interface Field {
	readonly name: string;
	readonly kind: 'text' | 'textarea' | 'select' | 'checkbox' | 'number' | 'list';
	readonly label: L10n;
	readonly help?: L10n;
	readonly options?: readonly Option[];
	/** text/number/select: string; checkbox: boolean; list: string[] (one item per line in the form). */
	readonly default: Value;
	readonly placeholder?: string;
	readonly min?: number;
	readonly max?: number;
	/** Consecutive fields with the same group are shown together under this legend. */
	readonly group?: L10n;
	/** Recomputed from other fields by the generator's sync(); not written to the URL. */
	readonly derived?: boolean;
	/** Short URL query parameter name; defaults to `name`. */
	readonly param?: string;
}

export interface Preset {
	readonly id: string;
	readonly label: L10n;
	readonly state: State;
}

export interface Spec {
	readonly id: string;
	readonly title: L10n;
	readonly description: L10n;
	readonly shells: readonly Shell[];
	readonly fields: readonly Field[];
	readonly presets?: readonly Preset[];
}

export interface Token {
	readonly text: string;
	readonly explain: L10n;
	readonly href?: string;
}

export interface FieldError {
	readonly field: string;
	readonly message: L10n;
}

export interface Result {
	readonly argv: readonly Arg[];
	/** Always produced from argv by a shell module; empty when there are errors. */
	readonly command: string;
	readonly tokens: readonly Token[];
	readonly warnings: readonly L10n[];
	readonly errors: readonly FieldError[];
}

export interface Generator {
	readonly spec: Spec;
	generate(state: State, shell: Shell): Result;
}

export const l = (en: string, zh: string): L10n => ({ en, 'zh-CN': zh });
