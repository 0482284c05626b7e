import type { Severity } from '../../core/browser';

// One set of colours for highlights, panel borders, legend, thumbnails and the badge. Low is violet, not
// blue: a blue highlight reads as the browser's own text selection.
export const SEVERITY_COLORS: Record<Severity, { highlight: string; text: string }> = {
  high: { highlight: 'rgba(229,57,53,.35)', text: '#c62828' },
  medium: { highlight: 'rgba(255,152,0,.38)', text: '#a84300' },
  low: { highlight: 'rgba(142,36,170,.28)', text: '#7b1fa2' },
};

export const SEVERITY_LABEL: Record<Severity, string> = { high: 'High', medium: 'Medium', low: 'Low' };

/** CSS custom properties (--hm-high, --hm-high-text, ...) for the stylesheets that draw severities. */
export function severityProperties(): string {
  return Object.entries(SEVERITY_COLORS)
    .map(([severity, { highlight, text }]) => `--hm-${severity}:${highlight};--hm-${severity}-text:${text};`)
    .join('');
}
