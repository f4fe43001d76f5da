/**
 * Safety limits of the readers, modelled on Apache POI's ZipSecureFile: they bound the memory
 * and CPU a hostile file can make us spend. These are guard figures, not figures of the manual.
 */

/** Smallest accepted compressed/uncompressed ratio of a zip entry (POI MIN_INFLATE_RATIO). */
export const MIN_INFLATE_RATIO = 0.01;
/** Entries smaller than this (uncompressed) are exempt from the ratio check (POI GRACE_ENTRY_SIZE). */
export const RATIO_GRACE_BYTES = 100 * 1024;
/** Most entries a workbook zip may hold. */
export const MAX_ZIP_ENTRIES = 10_000;
/** Largest uncompressed worksheet part. */
export const MAX_SHEET_BYTES = 1024 * 1024 * 1024;
/** Largest uncompressed non-sheet part (sharedStrings, styles, workbook, rels). */
export const MAX_PART_BYTES = 100 * 1024 * 1024;
/** Largest total uncompressed size of all entries of one zip. */
export const MAX_TOTAL_BYTES = 4 * 1024 * 1024 * 1024;
/** Most merged ranges a sheet may declare (the 57893 many-merges DoS file has 50,000). */
export const MAX_MERGES = 10_000;
/** Excel's last row. */
export const MAX_ROWS = 1_048_576;
/** Excel's last column (XFD). */
export const MAX_COLUMNS = 16_384;
/** Excel's longest cell text; longer CSV/xlsx cells are cut and noted. */
export const MAX_CELL_CHARS = 32_767;
/** Largest file named .xlsx read (a 1,000,000-row call log is about 50 MB). */
export const MAX_XLSX_FILE_BYTES = 1024 * 1024 * 1024;
/** Largest CSV file read (a sanity bound: no advisor's sheet comes near it). */
export const MAX_CSV_BYTES = 512 * 1024 * 1024;

/** A file up to this size is read whole, once: its bytes serve the sniffing, the reader and the fingerprint. */
export const SMALL_FILE_BYTES = 2 * 1024 * 1024;
