import type { host as extensionHost } from '../extension/lib/host';

// The web page's stand-in for extension/lib/host.ts: options stay in this browser's localStorage for this
// page (or only in memory where storage is off), and there is no toolbar to tell.

const memory = new Map<string, string>();
const storage = (): Pick<Storage, 'getItem' | 'setItem'> => {
  try {
    return window.localStorage;
  } catch {
    return { getItem: (key) => memory.get(key) ?? null, setItem: (key, value) => void memory.set(key, value) };
  }
};

export const host: typeof extensionHost = {
  async read(key) {
    const stored = storage().getItem(`hallmonitor:${key}`);
    return stored === null ? undefined : (JSON.parse(stored) as unknown);
  },
  async write(key, value) {
    storage().setItem(`hallmonitor:${key}`, JSON.stringify(value));
  },
  // no options page beside the web page to change them
  onChange() {},
  async toToolbar() {},
};
