/**
 * V8's heap while big files are read: a smaller young generation, and a full collection once a
 * big sheet has been read.
 *
 * A smaller young generation. V8 doubles its new space (from 1 MB) each
 * time a scavenge finds much alive, up to 32 MB on a 64-bit machine; reading a million rows keeps
 * it there, and those pages stay in the RSS for the rest of the run. Scavenges cost what
 * survives, not the space's size, so 8 MB does the same work for ~24 MB less memory (a 1M-row
 * check: peak RSS ~270 -> ~220 MB, same CPU). `--max-semi-space-size` can only be given before
 * the heap is set up (a node flag, which `node bin/clubcrm.js` has not), but V8 reads the
 * growth factor each time it grows the space: setting it to 1 once the space is big enough
 * stops it there.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { PerformanceObserver } from 'node:perf_hooks';
import { runInNewContext } from 'node:vm';

/** The new space's size (both semispaces, as V8 reports it) at which it stops growing. */
const NEW_SPACE_CAP_BYTES = 8 * 1024 * 1024;

let state: 'open' | 'watching' | 'capped' = 'open';

function newSpaceSize(): number {
  for (const s of getHeapSpaceStatistics()) if (s.space_name === 'new_space') return s.space_size;
  return 0;
}

/** Stops the growth when the space has reached the cap; whether it has. */
function capReached(): boolean {
  if (newSpaceSize() < NEW_SPACE_CAP_BYTES) return false;
  setFlagsFromString('--semi-space-growth-factor=1');
  state = 'capped';
  return true;
}

/**
 * Keeps V8's young generation at NEW_SPACE_CAP_BYTES for the rest of the process (called when a
 * big file is opened; a small one never grows it that far). Idempotent.
 */
export function capYoungGeneration(): void {
  if (state !== 'open' || capReached()) return;
  state = 'watching';
  // Not there yet: look again after each collection until it is.
  const watch = new PerformanceObserver(() => {
    if (capReached()) watch.disconnect();
  });
  watch.observe({ entryTypes: ['gc'] });
}

/** A file of this size or more is collected after (a 16 MB workbook holds ~300,000 rows). */
export const COLLECT_AFTER_BYTES = 16 * 1024 * 1024;

let gc: (() => void) | null | undefined;

/**
 * A full collection now. Reading a million rows leaves tens of MB of dead buffers and tables in
 * the old generation (the shared strings, the zip reader's buffers, columns outgrown), which V8
 * collects only when the old generation grows further - during the checks that follow, on top
 * of what they need. Without `--expose-gc` on the command line, V8's `gc` is reached by setting
 * the flag and asking a new context for it; where that fails nothing is done.
 */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
