import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { scan, type Block, type Severity } from '../../core/browser';
import { renderPanel, selectInPanel } from '../lib/panel';
import { pagePanel, SEVERITY_COLORS } from '../lib/page-panel';
import { loadSettings, scanOptions } from '../lib/settings';

// Text that is not part of the document a reviewer reads.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'TEXTAREA', 'INPUT', 'SELECT']);
const BLOCK_DISPLAY = /^(?:block|list-item|table|table-row|table-cell|flex|grid|flow-root)$/;

// Not in the manifest: the background injects it when the reviewer asks (toolbar button or context menu),
// and each injection scans the page again.
export default defineContentScript({
  registration: 'runtime',
  matches: ['<all_urls>'],
  main() {
    void scanPage();
  },
});

/** Scans the visible text and highlights findings with the CSS Custom Highlight API: the page's DOM is untouched. */
async function scanPage(): Promise<void> {
  const nodes = visibleTextNodes();
  const blocks: Block[] = nodes.map((node, i) => ({ text: node.data, after: separator(node, nodes[i + 1]) }));
  const { report, source } = scan(blocks, scanOptions(await loadSettings(), location.href));
  const bySeverity: Record<Severity, Range[]> = { high: [], medium: [], low: [] };
  for (const finding of report.findings) {
    if (!finding.span) continue;
    for (const piece of source.toBlocks(finding.span)) {
      const range = document.createRange();
      range.setStart(nodes[piece.block]!, piece.start);
      range.setEnd(nodes[piece.block]!, piece.end);
      bySeverity[finding.severity].push(range);
    }
  }
  const sheet = new CSSStyleSheet();
  for (const [severity, ranges] of Object.entries(bySeverity) as [Severity, Range[]][]) {
    CSS.highlights.set(`hallmonitor-${severity}`, new Highlight(...ranges));
    sheet.insertRule(`::highlight(hallmonitor-${severity}){background-color:${SEVERITY_COLORS[severity]}}`);
  }
  // A constructed stylesheet styles the highlights without adding an element to the page.
  document.adoptedStyleSheets = [...document.adoptedStyleSheets.filter((s) => !s.cssRules[0]?.cssText.includes('hallmonitor-')), sheet];
  const root = pagePanel();
  renderPanel(root, report, {
    select(finding) {
      const piece = finding.span && source.toBlocks(finding.span)[0];
      nodes[piece?.block ?? -1]?.parentElement?.scrollIntoView({ block: 'center' });
      if (finding.id) selectInPanel(root, finding.id);
    },
  });
  await browser.runtime.sendMessage({ type: 'findings', high: report.summary.bySeverity.high }).catch(() => undefined);
}

function visibleTextNodes(): Text[] {
  const host = document.getElementById('hallmonitor-panel-host');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent || SKIP.has(parent.tagName.toUpperCase()) || host?.contains(parent) || !node.textContent?.trim()) return NodeFilter.FILTER_REJECT;
      return parent.checkVisibility() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
    },
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

// Inline runs of one paragraph join with nothing; crossing into another block starts a new line.
function separator(node: Text, next: Text | undefined): Block['after'] {
  if (!next) return '\n';
  const block = (n: Node) => {
    for (let e = n.parentElement; e; e = e.parentElement) if (BLOCK_DISPLAY.test(getComputedStyle(e).display)) return e;
    return document.body;
  };
  return block(node) === block(next) ? '' : '\n';
}
