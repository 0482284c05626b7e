// A 1,000,000-cell table (an 80,000-row roster of 12 columns) scans in a few seconds; more is left unread.
export const DEFAULT_LIMITS = { maxBytes: 25 * 2 ** 20, maxPages: 2000, maxCells: 1_000_000, maxOcrPages: 50 } as const;
