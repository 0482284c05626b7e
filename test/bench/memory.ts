// Run alone by run.ts so the peak is the scan's own: one process, one 1,000-page scan, then its peak RSS in MB.
import { scan } from '../../core/index';
import { agreement, seeded } from '../fixtures/synthetic';

const before = process.resourceUsage().maxRSS;
scan(agreement(seeded(3), 1000));
console.log(JSON.stringify({ peakMB: process.resourceUsage().maxRSS / 1024, baselineMB: before / 1024 }));
