import { defineContentScript } from 'wxt/utils/define-content-script';
import { placesOf, scan, type Block, type Finding, type Severity } from '../../core/browser';
import { reportToToolbar } from '../lib/badge';
import { findingCard } from '../lib/card';
import { pagePanel, type PagePanel } from '../lib/page-panel';
import { renderPanel, selectInPanel } from '../lib/panel';
import { SEVERITY_COLORS } from '../lib/severity';
import { loadSettings, onSettingsChanged, scanOptions } from '../lib/settings';

// Text that is not part of the document a reviewer reads.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'TEXTAREA', 'INPUT', 'SELECT']);
const BLOCK_DISPLAY = /^(?:block|list-item|table|table-row|table-cell|flex|grid|flow-root)$/;
const SELECTED = 'hallmonitor-selected';

interface PageScan {
  findings: readonly Finding[];
  /** Each finding's ranges over the page's own text nodes. */
  ranges: Map<string, Range[]>;
  shown?: ReadonlySet<string>;
  selected?: string;
  panel: PagePanel;
}

// Each injection runs this script again in the same isolated world: the listeners below are added once
// and always act on the latest scan.
const state = globalThis as typeof globalThis & { hallmonitorScan?: PageScan; hallmonitorListening?: boolean };

// Not in the manifest: the background injects it when the reviewer asks (toolbar button or context menu),
// and each injection scans the page again.
export default defineContentScript({
  registration: 'runtime',
  matches: ['<all_urls>'],
  main() {
    void scanPage();
    if (state.hallmonitorListening) return;
    state.hallmonitorListening = true;
    document.addEventListener('click', (event) => {
      const finding = findingAt(event.clientX, event.clientY);
      if (finding) showSelected(finding.id, true);
    });
    document.addEventListener('mousemove', (event) => hoverCard(event.clientX, event.clientY));
    // A change on the options page applies at once, while the panel is open.
    onSettingsChanged(() => {
      if (document.getElementById('hallmonitor-panel-host')) void scanPage();
    });
  },
});

/** Scans the visible text and highlights findings with the CSS Custom Highlight API: the page's DOM is untouched. */
async function scanPage(): Promise<void> {
  const panel = pagePanel();
  const nodes = visibleTextNodes();
  const blocks: Block[] = nodes.map((node, i) => ({ text: node.data, after: separator(node, nodes[i + 1]) }));
  const { report, source } = scan(blocks, scanOptions(await loadSettings(), location.href));
  const ranges = new Map<string, Range[]>();
  for (const finding of report.findings) {
    if (!finding.span) continue;
    // every place of the finding, its folded repeats included, is marked
    ranges.set(
      finding.id,
      placesOf(finding).flatMap((span) =>
        source.toBlocks(span).map((piece) => {
          const range = document.createRange();
          range.setStart(nodes[piece.block]!, piece.start);
          range.setEnd(nodes[piece.block]!, piece.end);
          return range;
        }),
      ),
    );
  }
  state.hallmonitorScan = { findings: report.findings, ranges, panel };
  drawHighlights();
  renderPanel(panel.content, report, {
    select(finding) {
      showSelected(finding.id, false);
      ranges.get(finding.id)?.[0]?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    },
    filter(shown) {
      state.hallmonitorScan!.shown = shown;
      drawHighlights();
    },
  });
  await reportToToolbar(report);
}

/** One highlight per severity over the findings the panel's filters leave shown, and one over the chosen finding. */
function drawHighlights(): void {
  const { findings, ranges, shown, selected } = state.hallmonitorScan!;
  const bySeverity: Record<Severity, Range[]> = { high: [], medium: [], low: [] };
  for (const finding of findings) if (!shown || shown.has(finding.id)) bySeverity[finding.severity].push(...(ranges.get(finding.id) ?? []));
  const sheet = new CSSStyleSheet();
  for (const [severity, list] of Object.entries(bySeverity) as [Severity, Range[]][]) {
    CSS.highlights.set(`hallmonitor-${severity}`, new Highlight(...list));
    sheet.insertRule(`::highlight(hallmonitor-${severity}){background-color:${SEVERITY_COLORS[severity].highlight}}`);
  }
  // The chosen finding's words: drawn above the others, in a colour of their own.
  const chosen = new Highlight(...(selected && (!shown || shown.has(selected)) ? (ranges.get(selected) ?? []) : []));
  chosen.priority = 1;
  CSS.highlights.set(SELECTED, chosen);
  sheet.insertRule(`::highlight(${SELECTED}){background-color:rgba(27,58,92,.3);text-decoration:underline 2px #1b3a5c}`);
  // A constructed stylesheet styles the highlights without adding an element to the page.
  document.adoptedStyleSheets = [...document.adoptedStyleSheets.filter((s) => !s.cssRules[0]?.cssText.includes('::highlight(hallmonitor-')), sheet];
}

function showSelected(id: string, inPanel: boolean): void {
  const current = state.hallmonitorScan;
  if (!current) return;
  current.selected = id;
  drawHighlights();
  if (inPanel) selectInPanel(current.panel.content, id);
}

/** The shown finding whose words are under this point of the viewport, if any. */
function findingAt(x: number, y: number): Finding | undefined {
  const current = state.hallmonitorScan;
  if (!current || !document.getElementById('hallmonitor-panel-host')) return undefined;
  const under = (range: Range) => [...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
  return current.findings.find((f) => (!current.shown || current.shown.has(f.id)) && current.ranges.get(f.id)?.some(under));
}

let lastHover: string | undefined;
function hoverCard(x: number, y: number): void {
  const card = state.hallmonitorScan?.panel.card;
  if (!card) return;
  const finding = findingAt(x, y);
  if (!finding) {
    card.hidden = true;
    lastHover = undefined;
    return;
  }
  if (finding.id !== lastHover) card.replaceChildren(...findingCard(finding));
  lastHover = finding.id;
  card.hidden = false;
  Object.assign(card.style, { left: `${Math.min(x + 12, innerWidth - 320)}px`, top: `${y + 16}px` });
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
