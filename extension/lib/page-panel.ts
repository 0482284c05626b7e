import { el } from './dom';
import { panelCollapsed, rememberPanel } from './panel-state';

const WIDTH = 320;
// The dock's own stylesheet on the page is found again by this marker when the scanner is injected anew.
const DOCK_MARK = '--hallmonitor-dock';

const DOCK_CSS = `
:host{all:initial}
.hm-dock{position:fixed;top:0;right:0;width:${WIDTH}px;height:100vh;display:flex;flex-direction:column;background:#fff;box-shadow:0 0 8px rgba(0,0,0,.3);font:13px system-ui,sans-serif}
.hm-bar{display:flex;align-items:center;gap:6px;padding:4px 8px;background:#1b3a5c;color:#fff}
.hm-bar button{font:12px system-ui,sans-serif;background:#fff;color:#1b3a5c;border:0;border-radius:3px;padding:3px 8px;cursor:pointer}
.hm-bar .hm-close{margin-left:auto}
.hm-content{flex:1;min-height:0}
.hm-dock.collapsed{width:auto;height:auto;border-bottom-left-radius:6px;overflow:hidden}.hm-dock.collapsed .hm-content{display:none}
.hm-card{position:fixed;max-width:300px;padding:8px 10px;background:#fff;color:#1b1b1b;border:1px solid #888;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.3);font:12px/1.4 system-ui,sans-serif;pointer-events:none}
.hm-card p{margin:4px 0 0}`;

export interface PagePanel {
  /** Where the findings panel renders. */
  content: HTMLElement;
  /** The hover card for highlights on the page. */
  card: HTMLElement;
}

/**
 * The in-page panel, docked on the right inside a shadow root, so the page's styles cannot reach it and
 * it cannot restyle the page. While open it pushes the page's layout aside instead of covering the text
 * (a constructed stylesheet: the page's DOM is not changed); collapsed, it is a small tab, as the reviewer
 * last left it. × closes it and clears the highlights.
 */
export function pagePanel(): PagePanel {
  const existing = document.getElementById('hallmonitor-panel-host')?.shadowRoot;
  if (existing) return { content: existing.querySelector<HTMLElement>('.hm-content')!, card: existing.querySelector<HTMLElement>('.hm-card')! };
  const host = el('div', { id: 'hallmonitor-panel-host' });
  Object.assign(host.style, { position: 'fixed', top: '0', right: '0', zIndex: '2147483647' });
  const root = host.attachShadow({ mode: 'open' });
  const toggle = el('button', { type: 'button', class: 'hm-toggle', 'aria-expanded': 'true', 'aria-controls': 'hm-content', 'data-testid': 'hm-panel-toggle' }, 'Hide findings');
  const close = el('button', { type: 'button', class: 'hm-close', 'aria-label': 'Close Hall Monitor' }, '×');
  const dock = el('aside', { class: 'hm-dock', 'aria-label': 'Hall Monitor' }, el('div', { class: 'hm-bar' }, el('strong', {}, 'Hall Monitor'), toggle, close), el('div', { class: 'hm-content', id: 'hm-content' }));
  const card = el('div', { class: 'hm-card', role: 'tooltip', id: 'hm-card', hidden: '' });
  root.append(el('style', {}, DOCK_CSS), dock, card);
  const setCollapsed = (collapsed: boolean) => {
    dock.classList.toggle('collapsed', collapsed);
    toggle.setAttribute('aria-expanded', String(!collapsed));
    toggle.textContent = collapsed ? 'Show findings' : 'Hide findings';
    pushLayout(!collapsed);
  };
  toggle.addEventListener('click', () => {
    const collapsed = !dock.classList.contains('collapsed');
    setCollapsed(collapsed);
    void rememberPanel(collapsed);
  });
  close.addEventListener('click', () => {
    host.remove();
    pushLayout(false);
    for (const name of [...CSS.highlights.keys()]) if (name.startsWith('hallmonitor-')) CSS.highlights.delete(name);
  });
  document.documentElement.append(host);
  setCollapsed(false);
  void panelCollapsed().then((collapsed) => collapsed && setCollapsed(true));
  return { content: root.querySelector<HTMLElement>('.hm-content')!, card };
}

function pushLayout(open: boolean): void {
  const others = document.adoptedStyleSheets.filter((sheet) => !sheet.cssRules[0]?.cssText.includes(DOCK_MARK));
  if (!open) return void (document.adoptedStyleSheets = others);
  const sheet = new CSSStyleSheet();
  sheet.insertRule(`html{${DOCK_MARK}:1;margin-right:${WIDTH}px !important}`);
  document.adoptedStyleSheets = [...others, sheet];
}
