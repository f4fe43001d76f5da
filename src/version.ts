/** The tool's version, from package.json (shown by --version and in every About sheet). */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const VERSION: string = (require('../package.json') as { version: string }).version;
