/**
 * Dependencies as declared (issue "A newcomer anywhere"): every runtime dependency in package.json
 * is used by src/, every package src/ uses is a runtime dependency, and exceljs is pinned exactly
 * (the annotated copies and templates depend on its private layout of notes and validations).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/run-cli.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.ts$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The package names a source file imports or resolves (`from 'x'`, `import('x')`, `resolve('x/...')`). */
function packagesOf(text: string): string[] {
  const found: string[] = [];
  const code = text
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\/?\*)/.test(line)) // comment lines
    .join('\n');
  const re = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\bresolve\w*\s*\(\s*)['"]([^'".][^'"]*)['"]/g;
  for (const m of code.matchAll(re)) {
    const spec = m[1]!;
    if (spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]!)) continue;
    found.push(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
  }
  return found;
}

describe('package.json dependencies', () => {
  const used = new Set(sources(join(ROOT, 'src')).flatMap((f) => packagesOf(readFileSync(f, 'utf8'))));

  it('declares exactly the packages src/ uses at run time', () => {
    expect([...used].sort()).toEqual(Object.keys(pkg.dependencies).sort());
  });

  it('keeps test and script helpers out of the runtime dependencies', () => {
    for (const dev of Object.keys(pkg.devDependencies)) expect(pkg.dependencies[dev]).toBeUndefined();
  });

  it('pins exceljs exactly', () => {
    expect(pkg.dependencies.exceljs).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
