/**
 * A rule's parameters in force, typed by the rule's own schema: `paramsOf(config, 'calls.weekly')
 * .perCallDay` is a number, an unknown id or parameter fails to compile. The config loader filled
 * every rule of the registry (defaults < clubcrm.config.json) and checked each value against its
 * kind, so the cast here is what the loader guaranteed.
 */
import type { Config } from '../config/types.js';
import type { ParamsOf, RuleId } from './index.js';

/** The parameters of rule `id` in force (config over defaults). */
export function paramsOf<I extends RuleId>(config: Config, id: I): ParamsOf<I> {
  return config.rules[id] as unknown as ParamsOf<I>;
}
