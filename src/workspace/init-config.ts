/**
 * The clubcrm.config.json that `init` writes: every default of the manual, spelled out so the
 * supervisor sees (and can change) each figure, each rule with its manual section beside its
 * parameters. The calendar lists are empty because the shipped official calendar applies
 * anyway; what is written there extends it. The rules come from the rule registry (rules/index.ts
 * RULE_SPECS, handed in by the init command): a new rule's file is all it takes to appear here.
 */
import { defaultConfig } from '../config/load.js';
import type { RuleSpec } from '../config/rule-params.js';
import type { Lang } from '../config/types.js';

/** The content of a new workspace's config (a JSON object, ready for JSON.stringify). */
export function initialConfig(specs: readonly RuleSpec[], lang: Lang, advisors: readonly string[] = []): Record<string, unknown> {
  const cfg = defaultConfig(specs);
  const rules: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    // `section` first so the file reads like the manual; loadConfigFile skips it.
    rules[spec.id] = { section: spec.section, ...cfg.rules[spec.id] };
  }
  return {
    center: cfg.center,
    lang,
    timeZone: cfg.timeZone,
    closeOfBusiness: cfg.closeOfBusiness,
    advisors: [...advisors],
    calendar: { holidays: [], workdays: [] },
    effectiveOutcomes: cfg.effectiveOutcomes,
    callbackSample: cfg.callbackSample,
    swap: { reading: cfg.swap.reading },
    rules,
  };
}

/** The config file's text: two-space JSON with a final newline (diff-friendly). */
export function initialConfigText(specs: readonly RuleSpec[], lang: Lang, advisors: readonly string[] = []): string {
  return `${JSON.stringify(initialConfig(specs, lang, advisors), null, 2)}\n`;
}

/** `--advisors "张伟,李娜"`: names split at commas (either width), 、 or semicolons, trimmed, each once. */
export function parseAdvisorList(text: string): string[] {
  const names = text.split(/[,，、;；]/).map((n) => n.trim()).filter((n) => n.length > 0);
  return [...new Set(names)];
}
