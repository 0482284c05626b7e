// Run alone by run.ts so the peak is the scan's own: one process, one 1,000-page scan, then its peak RSS in MB.
import { existsSync, readFileSync } from 'node:fs';
import { scan } from '../../core/index';
import { agreement, seeded } from '../fixtures/synthetic';

// Linux keeps getrusage's maxRSS across exec, so in a child process it starts at the parent's peak (the
// benchmark's own, hundreds of MB after OCR). VmHWM belongs to this process's memory alone.
function peakMB(): number {
  const status = existsSync('/proc/self/status') ? readFileSync('/proc/self/status', 'utf8') : '';
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? process.resourceUsage().maxRSS) / 1024;
}

const before = peakMB();
scan(agreement(seeded(3), 1000));
console.log(JSON.stringify({ peakMB: peakMB(), baselineMB: before }));
