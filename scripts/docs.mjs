// npm run docs: regenerates the README's rule table (between <!-- rules:start --> and
// <!-- rules:end -->) from the rules' own metadata, by the build's renderer
// (dist/render/rules-markdown.js). test/engine/rules-docs.test.ts fails while the table is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderRulesMarkdown } from '../dist/render/rules-markdown.js';

const readme = join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md');
const text = readFileSync(readme, 'utf8');
const block = /(<!-- rules:start -->\n)[\s\S]*?(<!-- rules:end -->)/;
if (!block.test(text)) {
  process.stderr.write('README.md lacks the <!-- rules:start --> / <!-- rules:end --> markers\n');
  process.exit(2);
}
const next = text.replace(block, (_, start, end) => `${start}${renderRulesMarkdown('en')}${end}`);
if (next === text) process.stdout.write('README.md: the rule table is up to date\n');
else {
  writeFileSync(readme, next);
  process.stdout.write('README.md: rule table regenerated\n');
}
