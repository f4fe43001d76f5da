// Types of the bench's generator, for the tests that import it (test/read/layouts.property.test.ts).
export type Layout = 'shared' | 'numeric' | 'inline' | 'csv' | 'csv-gbk';
export type CallRow = readonly unknown[];
export const LAYOUTS: Layout[];
export const HEADERS: string[];
export function callRow(seed: number, i: number, advisors: number, weeks?: number): CallRow;
export function writeCallsCsv(path: string, opts: { rows: number; seed?: number; advisors?: number; gbk?: boolean; rowAt?: (i: number) => CallRow }): unknown;
export function writeCallsLayout(path: string, layout: Layout, opts: { rows: number; seed?: number; advisors?: number; weeks?: number; rowAt?: (i: number) => CallRow }): Promise<unknown>;
export function writeCallsWorkbook(path: string, opts: { rows: number; seed?: number; advisors?: number; weeks?: number; layout?: Layout; rowAt?: (i: number) => CallRow }): Promise<unknown>;
