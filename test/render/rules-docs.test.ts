import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRulesMarkdown } from '../../src/render/rules-markdown.js';
import { RULES } from '../../src/rules/index.js';
import { ROOT } from '../support/run-cli.js';

describe('README rule table', () => {
  it('is exactly what the rules\' metadata generates (regenerate it when a rule changes)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /<!-- rules:start -->\n([\s\S]*?)<!-- rules:end -->/.exec(readme);
    expect(block, 'README.md lacks the rules:start/rules:end markers').not.toBeNull();
    expect(block![1]).toBe(renderRulesMarkdown('en'));
  });
  it('has a row per rule with its section and default', () => {
    const table = renderRulesMarkdown('zh');
    for (const [id, rule] of RULES) expect(table).toContain(`| \`${id}\` | ${rule.meta.section} |`);
    expect(table).toContain('perCallDay=50');
    expect(table).toContain('newShare=0.3333');
  });
});
