// Preloaded into a benchmarked child process (`node --import <this file> …`). On exit, writes to the
// file named by GENZ_BENCH_RUSAGE the process's CPU time and peak resident memory (maxRssMb: MiB, maxRSS KiB / 1024), and, when the
// action printed its first-simulation debug line, the wall time since the process started and the CPU
// time at that moment (the cold start).
import { writeFileSync } from 'node:fs';

const out = process.env.GENZ_BENCH_RUSAGE;
const MARK = '::debug::genz: first scenario simulated';
if (out) {
  let mark = null;
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => {
    if (mark === null && String(chunk).includes(MARK)) {
      const c = process.cpuUsage();
      mark = { wallMs: performance.now(), cpuMs: (c.user + c.system) / 1000 };
    }
    return write(chunk, ...rest);
  };
  process.on('exit', () => {
    const r = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ cpuMs: (r.userCPUTime + r.systemCPUTime) / 1000, maxRssMb: r.maxRSS / 1024, firstSimulation: mark }));
  });
}
