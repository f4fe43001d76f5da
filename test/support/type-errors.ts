/**
 * The TypeScript compiler's errors for a few lines of code, checked as a file of the project with
 * its tsconfig.json (strict): what type tests assert on. Write the lines that must not compile
 * under `// @ts-expect-error`, so that a type which stops refusing them is an error too
 * ("Unused '@ts-expect-error' directive"), and expect no errors at all.
 */
import { join } from 'node:path';
import ts from 'typescript';
import { ROOT } from './run-cli.js';

/** Every error of `source` (imports relative to test/, as `../src/...`), as `line N: message`. */
export function typeErrors(source: string): string[] {
  const file = join(ROOT, 'test', '__type_snippet__.ts');
  const parsed = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!parsed) throw new Error('tsconfig.json unreadable');
  // The snippet lives outside src/ and writes nothing.
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true, rootDir: undefined, outDir: undefined };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) => (name === file ? ts.createSourceFile(name, source, version) : read(name, version, ...rest));
  host.fileExists = (name) => name === file || ts.sys.fileExists(name);
  host.readFile = (name) => (name === file ? source : ts.sys.readFile(name));
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    const where = d.file && d.file.fileName !== file ? `${d.file.fileName} ` : '';
    return `${where}line ${line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}
