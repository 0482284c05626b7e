import { el } from './dom';

export const SEVERITY_COLORS = { high: 'rgba(229,57,53,.35)', medium: 'rgba(255,152,0,.35)', low: 'rgba(30,136,229,.3)' } as const;

/**
 * The in-page panel: a fixed side panel inside a closed-off shadow root, so the page's styles cannot
 * reach it and it cannot restyle the page. Returns the root to render the panel into.
 */
export function pagePanel(): ShadowRoot {
  const existing = document.getElementById('hallmonitor-panel-host');
  if (existing?.shadowRoot) return existing.shadowRoot;
  const host = el('div', { id: 'hallmonitor-panel-host' });
  Object.assign(host.style, { position: 'fixed', top: '0', right: '0', width: '380px', height: '100vh', zIndex: '2147483647', boxShadow: '0 0 8px rgba(0,0,0,.3)' });
  const root = host.attachShadow({ mode: 'open' });
  const close = el('button', { type: 'button', title: 'Close Hall Monitor' }, '×');
  Object.assign(close.style, { position: 'absolute', top: '6px', right: '8px', zIndex: '1' });
  close.addEventListener('click', () => host.remove());
  document.documentElement.append(host);
  root.append(close);
  return root;
}
