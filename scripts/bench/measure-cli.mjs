// Runs the compiled CLI in this process and, at exit, writes its peak RSS (bytes) and the CPU
// time it used (user + system, ms) to the file named by BENCH_RSS_FILE: the benchmark's way to
// measure a whole command, start-up included.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) {
    const u = process.resourceUsage();
    writeFileSync(process.env.BENCH_RSS_FILE, `${u.maxRSS * 1024} ${(u.userCPUTime + u.systemCPUTime) / 1000}`);
  }
});
process.argv = [process.argv[0], 'clubcrm', ...process.argv.slice(2)];
await import('../../dist/cli.js');
