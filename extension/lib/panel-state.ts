import { host } from './host';

// One remembered state for the viewer's panel and the web-page panel: a reviewer who hides it wants it hidden.
const KEY = 'panelCollapsed';

export async function panelCollapsed(): Promise<boolean> {
  return (await host.read(KEY)) === true;
}

export async function rememberPanel(collapsed: boolean): Promise<void> {
  await host.write(KEY, collapsed);
}
