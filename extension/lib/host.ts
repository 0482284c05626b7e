import { browser } from 'wxt/browser';

// What the viewer and panels need from where they run: stored options and the toolbar. This is the
// extension's; the no-install web page builds the same code with web/host.ts in its place (web/vite.config.ts).

export const host = {
  async read(key: string): Promise<unknown> {
    return (await browser.storage.local.get(key))[key];
  },
  async write(key: string, value: unknown): Promise<void> {
    await browser.storage.local.set({ [key]: value });
  },
  /** Calls back when another extension page (the options page) stores `key`. */
  onChange(key: string, callback: () => void): void {
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && key in changes) callback();
    });
  },
  /** Tells the background script what a scan found, for the toolbar badge. */
  async toToolbar(message: unknown): Promise<void> {
    await browser.runtime.sendMessage(message).catch(() => undefined);
  },
};
