// Runs the compiled CLI in this process and, at exit, writes its peak RSS (bytes), the CPU time
// it used (user + system, ms, every thread) and the main thread's own CPU time (ms, from Linux's
// /proc; NaN elsewhere) to the file named by BENCH_RSS_FILE: the benchmark's way to measure a
// whole command, start-up included. The main thread's time is what a quiet machine's wall time
// is made of (V8's compiler and GC helpers run beside it on the other core).
import { readFileSync, writeFileSync } from 'node:fs';

/** User + system ms of the main thread (its task's stat fields 14 and 15, in clock ticks of 10 ms). */
function mainThreadMs() {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) {
    const u = process.resourceUsage();
    writeFileSync(process.env.BENCH_RSS_FILE, `${u.maxRSS * 1024} ${(u.userCPUTime + u.systemCPUTime) / 1000} ${mainThreadMs()}`);
  }
});
process.argv = [process.argv[0], 'clubcrm', ...process.argv.slice(2)];
await import('../../dist/cli.js');
