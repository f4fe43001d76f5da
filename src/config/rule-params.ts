/**
 * The vocabulary of a rule's parameters: each rule file declares its parameters as a schema of
 * these kinds (with the manual's default), and the config loader checks a center's overrides
 * against that schema. Config sits below the rules, so it knows the kinds, never the rules: the
 * rule registry is handed to it (`RuleSpec`, see config/load.ts).
 */

/** A count, days or an amount: a finite number not below 0. */
export interface CountParam {
  kind: 'count';
  default: number;
}
/** A share from 0 to 1. */
export interface ShareParam {
  kind: 'share';
  default: number;
}
/** A day of the month from 1 to 28 (every month has it). */
export interface DayOfMonthParam {
  kind: 'day-of-month';
  default: number;
}
/** Words out of a fixed list. */
export interface ChoicesParam<C extends string = string> {
  kind: 'choices';
  choices: readonly C[];
  default: readonly C[];
}
/** Yes or no. */
export interface FlagParam {
  kind: 'flag';
  default: boolean;
}

/** One parameter of a rule. */
export type ParamSpec = CountParam | ShareParam | DayOfMonthParam | ChoicesParam | FlagParam;
/** A rule's parameters by name, in the order `init` writes them. */
export type ParamSchema = Readonly<Record<string, ParamSpec>>;

/** The value of a parameter of spec `S` in a resolved config. */
export type ParamValue<S extends ParamSpec> = S extends FlagParam ? boolean : S extends ChoicesParam<infer C> ? C[] : number;
/** The parameter object of schema `P` in a resolved config. */
export type ParamValues<P extends ParamSchema> = { -readonly [K in keyof P]: ParamValue<P[K]> };

/** A parameter value as the config holds it (JSON). */
export type ParamJson = number | string | boolean | string[];

/** What the config loader needs to know of a rule: its id, manual section and parameter schema. */
export interface RuleSpec {
  id: string;
  section: string;
  params: ParamSchema;
}

export const count = (value: number): CountParam => ({ kind: 'count', default: value });
export const share = (value: number): ShareParam => ({ kind: 'share', default: value });
export const dayOfMonth = (value: number): DayOfMonthParam => ({ kind: 'day-of-month', default: value });
export const flag = (value: boolean): FlagParam => ({ kind: 'flag', default: value });
export const choices = <const C extends string>(list: readonly C[], value: readonly C[]): ChoicesParam<C> => ({ kind: 'choices', choices: list, default: value });

/** The default values of a schema, in its order (lists copied, so a config never shares them). */
export function defaultValues(params: ParamSchema): Record<string, ParamJson> {
  const out: Record<string, ParamJson> = {};
  for (const [key, spec] of Object.entries(params)) out[key] = Array.isArray(spec.default) ? [...(spec.default as string[])] : (spec.default as number | boolean);
  return out;
}
