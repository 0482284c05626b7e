import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { scan, type Finding } from '../../core/browser';
import { el } from '../lib/dom';
import { reportToToolbar } from '../lib/badge';
import { pagePanel } from '../lib/page-panel';
import { renderPanel } from '../lib/panel';
import { SEVERITY_COLORS } from '../lib/severity';
import { loadSettings, onSettingsChanged, scanOptions } from '../lib/settings';

const RESCAN_AFTER_EDIT_MS = 4000;

export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  runAt: 'document_idle',
  main() {
    void scanDocument();
    // Re-scan after the reviewer stops editing for a few seconds.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const editor = document.querySelector('.kix-appview-editor') ?? document.body;
    new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void scanDocument(), RESCAN_AFTER_EDIT_MS);
    }).observe(editor, { subtree: true, childList: true, characterData: true });
    browser.runtime.onMessage.addListener((message: { type?: string }) => {
      if (message.type === 'scan-page') void scanDocument();
    });
    onSettingsChanged(() => void scanDocument());
  },
});

/**
 * Reads the document through Docs' own same-origin plain-text export, with the reviewer's session: the
 * text goes from Google's page into this script and nowhere else. A sign-in page (HTML) is refused.
 */
async function scanDocument(): Promise<void> {
  const id = /\/document\/d\/([\w-]+)/.exec(location.pathname)?.[1];
  if (!id) return;
  const root = pagePanel().content;
  const response = await fetch(`/document/d/${id}/export?format=txt`, { credentials: 'include' }).catch(() => undefined);
  const type = response?.headers.get('content-type') ?? '';
  if (!response?.ok || type.includes('text/html') || new URL(response.url).hostname !== location.hostname) {
    root.replaceChildren(
      el('p', { 'data-testid': 'hm-error', style: 'font:14px system-ui;padding:12px;background:#fff' }, 'Hall Monitor could not read this document: sign in to Google with an account that can view it, then reload.'),
    );
    return;
  }
  const text = (await response.text()).replace(/^\uFEFF/, '');
  const { report } = scan(text, scanOptions(await loadSettings(), document.title.replace(/ - Google Docs$/, '')));
  renderPanel(root, report, { actions: (finding) => [findButton(finding)] });
  highlightAnnotatedCanvas(report.findings);
  await reportToToolbar(report);
}

// Docs draws text on a canvas; positions exist only where Docs exposes its accessible layer.
function findButton(finding: Finding): HTMLElement {
  const button = el('button', { type: 'button', 'data-action': 'find' }, 'Find in document');
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    const words = (finding.quote ?? '').split(/\s+/).slice(0, 8).join(' ');
    void navigator.clipboard?.writeText(words).catch(() => undefined);
    (window as unknown as { find?: (text: string) => boolean }).find?.(words);
  });
  return button;
}

/**
 * Where Docs renders its "annotated canvas" (SVG rects labelled with their text, used for screen
 * readers), overlay a box on each rect whose label holds the start of a finding's quote.
 */
function highlightAnnotatedCanvas(findings: readonly Finding[]): void {
  document.querySelectorAll('.hallmonitor-gdocs-hl').forEach((e) => e.remove());
  const rects = [...document.querySelectorAll<SVGRectElement>('rect[aria-label]')];
  for (const finding of findings) {
    const start = (finding.quote ?? '').slice(0, 24);
    if (start.length < 6) continue;
    const rect = rects.find((r) => r.getAttribute('aria-label')!.includes(start));
    if (!rect) continue;
    const box = rect.getBoundingClientRect();
    const overlay = el('div', { class: 'hallmonitor-gdocs-hl', 'data-category': finding.category, 'data-severity': finding.severity });
    Object.assign(overlay.style, {
      position: 'absolute',
      left: `${box.left + scrollX}px`,
      top: `${box.top + scrollY}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
      background: SEVERITY_COLORS[finding.severity].highlight,
      pointerEvents: 'none',
      zIndex: '2147483646',
    });
    document.body.append(overlay);
  }
}
