/** The config file's text, by the CSV reader's encoding detection (GBK, UTF-8 with or without BOM, UTF-16): see config/json-text.ts. */
import { TextDecoder } from 'node:util';
import { chooseCsvEncoding } from '../read/csv.js';

export function decodeConfigText(bytes: Buffer, file: string): string {
  // The whole file is the sample (a config is small); --encoding is for CSV files, not the config.
  const encoding = chooseCsvEncoding(file, bytes, { declared: null });
  return new TextDecoder(encoding.label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(encoding.skip));
}
