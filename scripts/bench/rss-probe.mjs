// Preloaded with `node --import` when /usr/bin/time is missing: records the process's peak
// resident memory (KiB) and CPU time (µs, user + system) in $BENCH_RSS_FILE as it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      const u = process.resourceUsage();
      writeFileSync(file, `${u.maxRSS} ${u.userCPUTime + u.systemCPUTime}\n`);
    } catch {
      // the benchmark reports the memory as unknown
    }
  });
}
