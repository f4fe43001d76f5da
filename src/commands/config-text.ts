/** The config file's text, by the CSV reader's encoding detection (GBK, UTF-8 with or without BOM, UTF-16): see config/json-text.ts. */
import { decodeCsvBytes } from '../read/csv.js';

export function decodeConfigText(bytes: Buffer, file: string): string {
  return decodeCsvBytes(bytes, file).text;
}
