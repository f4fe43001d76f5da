/**
 * Arrows that hold (issue "A newcomer anywhere"): the folders of src/ form the layers below, the
 * README's "Development" section states the same order, and every import - type-only imports and
 * re-exports included, since a type from a higher layer is a dependency on it - goes from a folder
 * to a folder of a strictly lower layer (or stays inside its folder). So there is no cycle between
 * folders, and a new folder must be given its place here before it can be imported.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/run-cli.js';

/** Lowest first. Folders (and top-level files, by base name) of one row may not import each other. */
export const LAYERS: string[][] = [
  ['zip'],
  ['model', 'i18n', 'privacy', 'random', 'version', 'xlsx-write'],
  ['errors'],
  ['read'],
  ['config', 'io'],
  ['calendar', 'options', 'workbook'],
  ['forms'],
  ['dataset', 'templates'],
  ['metrics', 'workspace'],
  ['analysis'],
  ['rules'],
  ['engine'],
  ['reports'],
  ['render', 'picture'],
  ['commands', 'cli-i18n'],
  ['cli'],
];

const SRC = join(ROOT, 'src');
const rank = new Map(LAYERS.flatMap((row, i) => row.map((name) => [name, i] as const)));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [],
  );
}

/** The folder of src/ a path belongs to (a top-level file counts as its own, by base name). */
function unitOf(abs: string): string {
  const parts = relative(SRC, abs).split(sep);
  return parts.length > 1 ? parts[0]! : parts[0]!.replace(/\.(ts|js)$/, '');
}

interface Edge {
  from: string;
  to: string;
  file: string;
  spec: string;
}

/** Every relative import, `import type`, `export ... from` and dynamic `import()` of a file. */
function importsOf(file: string): Edge[] {
  const text = readFileSync(file, 'utf8');
  const edges: Edge[] = [];
  const re = /(?:^|[\s;}])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]|\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/gm;
  for (const m of text.matchAll(re)) {
    const spec = (m[1] ?? m[2])!;
    const target = resolve(dirname(file), spec);
    const from = unitOf(file);
    const to = unitOf(target);
    if (from !== to) edges.push({ from, to, file: relative(ROOT, file), spec });
  }
  return edges;
}

const edges = sources(SRC).flatMap(importsOf);

describe('the layers of src/', () => {
  it('reads the imports it checks (a sanity check of the parser)', () => {
    expect(edges.some((e) => e.from === 'commands' && e.to === 'engine')).toBe(true);
    expect(edges.some((e) => e.from === 'i18n')).toBe(false);
    // type-only imports are seen: config/types.ts takes Lang from i18n as a type
    expect(edges.some((e) => e.file.endsWith(join('config', 'types.ts')) && e.to === 'i18n')).toBe(true);
  });

  it('gives every folder of src/ a layer', () => {
    const units = new Set(sources(SRC).map(unitOf));
    const unplaced = [...units].filter((u) => !rank.has(u));
    expect(unplaced, 'add these folders to LAYERS and to the README').toEqual([]);
  });

  it('imports only downwards: no cycle between folders, no arrow against the README', () => {
    const against = edges
      .filter((e) => rank.has(e.from) && rank.has(e.to) && rank.get(e.to)! >= rank.get(e.from)!)
      .map((e) => `${e.file}: ${e.from} -> ${e.to} (${e.spec})`);
    expect(against).toEqual([]);
  });

  it('states the same layers in the README', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const line = readme.split('\n').find((l) => l.startsWith('Layers, lowest first:'));
    expect(line, 'README: a line "Layers, lowest first: ..."').toBeDefined();
    const stated = line!
      .replace('Layers, lowest first:', '')
      .split('<')
      .map((row) => row.replace(/[`.\s]/g, '').split(',').filter(Boolean).map((n) => n.replace(/\/$/, '')));
    expect(stated).toEqual(LAYERS);
  });
});
