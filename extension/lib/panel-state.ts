import { browser } from 'wxt/browser';

// One remembered state for the viewer's panel and the web-page panel: a reviewer who hides it wants it hidden.
const KEY = 'panelCollapsed';

export async function panelCollapsed(): Promise<boolean> {
  return (await browser.storage.local.get(KEY))[KEY] === true;
}

export async function rememberPanel(collapsed: boolean): Promise<void> {
  await browser.storage.local.set({ [KEY]: collapsed });
}
