import type { Report } from './schema';

/** The report as exchanged between surfaces: stable key order, two-space indent. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
