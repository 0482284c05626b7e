import { category, documentView, KIND_LABEL, renderBrief, renderJson, renderMarkdown, SEVERITIES, shorten, toReport, view, type DocumentReport, type Finding, type SectionView } from '../../core/browser';
import { download, el } from './dom';
import { SEVERITY_LABEL, severityProperties } from './severity';

export const PANEL_CSS = `
.hm-panel{${severityProperties()}font:13px/1.45 system-ui,sans-serif;color:#1b1b1b;background:#fff;height:100%;overflow:auto;padding:10px 12px;box-sizing:border-box}
.hm-panel h2{font-size:15px;margin:0 0 6px}.hm-panel h3{font-size:13px;margin:12px 0 4px}
.hm-legend{display:flex;gap:10px;flex-wrap:wrap;margin:4px 0;padding:0;list-style:none}.hm-legend li{display:flex;align-items:center;gap:4px;font-weight:600}
.hm-swatch{display:inline-block;width:14px;height:14px;border-radius:3px}
.hm-swatch.high{background:var(--hm-high)}.hm-swatch.medium{background:var(--hm-medium)}.hm-swatch.low{background:var(--hm-low)}
.hm-panel table{border-collapse:collapse;width:100%}.hm-panel td{border-bottom:1px solid #eee;padding:2px 4px;vertical-align:top}
.hm-list{list-style:none;margin:0;padding:0}
.hm-item{border-left:4px solid #999;padding:4px 8px;margin:6px 0;cursor:pointer;background:#fafafa}
.hm-item[data-severity=high]{border-color:var(--hm-high-text)}.hm-item[data-severity=medium]{border-color:var(--hm-medium-text)}.hm-item[data-severity=low]{border-color:var(--hm-low-text)}
.hm-item.selected{outline:2px solid #1b3a5c;background:#eef3f9}.hm-item q{display:block;font-style:italic;color:#333;margin:2px 0}
.hm-open{all:unset;display:block;cursor:pointer;width:100%}.hm-open:focus-visible{outline:2px solid #1b3a5c;outline-offset:2px}
.hm-item .hm-meta{color:#555;font-size:12px}.hm-filters{display:flex;gap:4px;flex-wrap:wrap}.hm-filters select{font-size:12px}
.hm-status-missing,.hm-status-contradicted{color:#c62828}.hm-status-weak{color:#a84300}.hm-status-present{color:#2e7d32}
.hm-actions button{font-size:12px;margin:0 4px 4px 0}.hm-note{color:#555;font-size:12px}`;

export interface PanelHandlers {
  /** The reviewer chose a finding: show its words in the document. */
  select?(finding: Finding): void;
  /** Extra actions for a finding, e.g. "find in document" where highlights cannot be drawn. */
  actions?(finding: Finding): HTMLElement[];
  /** The filters changed: the ids of the findings still listed, so the document's highlights follow. */
  filter?(shown: ReadonlySet<string>): void;
}

/**
 * The findings panel: the report's sections in the order every format shows them (counts and colour
 * legend, data schedule, re-identification, every finding with its quote, page, why and ask, filterable,
 * the checklist with its state law, deadlines, legal basis, questions). Each finding is a button in a list
 * (Tab reaches it, Enter or Space opens it, J and K step through them), tagged with data-category and
 * data-severity.
 */
export function renderPanel(root: HTMLElement | ShadowRoot, doc: DocumentReport, handlers: PanelHandlers = {}): void {
  const panel = el('section', { class: 'hm-panel', 'data-testid': 'hm-panel', 'aria-label': 'Hall Monitor findings' });
  root.replaceChildren(el('style', {}, PANEL_CSS), panel);
  panel.append(el('h2', {}, 'Hall Monitor'));
  const v = documentView(doc);
  if (v.error) {
    panel.append(el('p', { 'data-testid': 'hm-error' }, v.error.message));
    return;
  }
  for (const s of v.sections) panel.append(el('h3', { 'data-section': s.id }, s.id === 'risks' ? `${s.title} (${doc.findings.length})` : s.title), ...sectionNodes(s, doc, handlers));
  panel.append(exportButtons(doc));
  panel.addEventListener('keydown', (event) => {
    if (!(event.target instanceof HTMLSelectElement) && !event.ctrlKey && !event.metaKey && !event.altKey) stepOnKey(panel, event);
  });
}

function sectionNodes(s: SectionView, doc: DocumentReport, handlers: PanelHandlers): Node[] {
  switch (s.id) {
    case 'summary':
      return [
        el(
          'ul',
          { class: 'hm-legend', 'data-testid': 'hm-legend', 'aria-label': 'Flags by severity, in the colours of their highlights' },
          ...SEVERITIES.map((sev) => el('li', { 'data-severity': sev }, el('span', { class: `hm-swatch ${sev}`, 'aria-hidden': 'true' }), `${doc.summary.bySeverity[sev]} ${SEVERITY_LABEL[sev].toLowerCase()}`)),
        ),
        el('p', { class: 'hm-note' }, 'Personal values are masked. Nothing left your browser. Not legal advice.'),
        ...s.notes.map((note) => el('p', { class: 'hm-note', 'data-testid': 'hm-scan-note' }, note)),
      ];
    case 'data':
      return [el('table', { 'data-testid': 'hm-schedule' }, ...s.rows.map((row) => el('tr', { 'data-category': row.category }, el('td', {}, row.title), el('td', {}, row.demand))))];
    case 'reidentification':
      return [el('p', { 'data-testid': 'hm-reidentification' }, el('strong', {}, `${s.level}. `), s.reason)];
    case 'risks':
      return findingList(doc, handlers);
    case 'checklist':
      return [
        el('p', { class: 'hm-note', 'data-testid': 'hm-jurisdiction' }, s.list),
        el(
          'table',
          { 'data-testid': 'hm-checklist' },
          ...s.items.map((p) =>
            el(
              'tr',
              { 'data-category': p.id, 'data-status': p.status },
              el('td', { class: `hm-status-${p.status}` }, `${p.mark} ${p.status}`),
              el(
                'td',
                {},
                p.title,
                p.evidence ? el('q', {}, shorten(p.evidence, 160)) : undefined,
                p.law || p.deadline ? el('div', { class: 'hm-meta' }, [p.law, p.deadline].filter(Boolean).join('; ')) : undefined,
              ),
            ),
          ),
        ),
        ...s.caveats.map((c) => el('p', { class: 'hm-note' }, `Not checked: ${c}`)),
      ];
    case 'deadlines':
      return [el('ul', {}, ...s.items.map((o) => el('li', {}, el('strong', {}, `${o.label}: `), `${o.when}${o.where ? ` (${o.where})` : ''}`)))];
    case 'legal-basis':
      return [el('p', {}, s.headline), el('ul', {}, ...s.conditions.map((c) => el('li', { class: `hm-status-${c.met ? 'present' : 'missing'}` }, `${c.met ? '✓' : '✗'} ${c.text}`)))];
    case 'questions':
      return [el('ol', {}, ...s.items.map((q) => el('li', {}, q.ask)))];
  }
}

function findingList(doc: DocumentReport, handlers: PanelHandlers): Node[] {
  const list = el('ul', { class: 'hm-list', 'data-testid': 'hm-findings', 'aria-label': 'Findings' });
  const filters = filterControls(doc, () => handlers.filter?.(applyFilters(list, filters)));
  for (const finding of doc.findings) {
    const v = view(finding);
    const item = el(
      'li',
      { class: 'hm-item', 'data-category': finding.category, 'data-severity': finding.severity, 'data-kind': finding.kind, 'data-id': finding.id },
      el(
        'button',
        { type: 'button', class: 'hm-open' },
        el('strong', {}, v.title),
        el('span', { class: 'hm-meta' }, ` · ${SEVERITY_LABEL[finding.severity]}${v.where ? `, ${v.where}` : ''}`),
      ),
      finding.quote ? el('q', {}, shorten(finding.quote, 300)) : undefined,
      el('div', {}, v.what),
      el('div', { class: 'hm-meta' }, `Why: ${v.why} (${v.basis})`),
      el('div', { class: 'hm-meta' }, `Ask for: ${v.ask}`),
      ...(handlers.actions?.(finding) ?? []),
    );
    item.addEventListener('click', () => {
      markSelected(list, item);
      handlers.select?.(finding);
    });
    list.append(item);
  }
  return [filters, list];
}

/** J and K (or the arrow keys on a finding) step to the next or previous finding still listed. */
export function stepOnKey(root: ParentNode, event: KeyboardEvent): void {
  const step = { j: 1, k: -1, ArrowDown: 1, ArrowUp: -1 }[event.key];
  if (!step || (event.key.startsWith('Arrow') && !(event.target as Element | null)?.classList?.contains('hm-open'))) return;
  event.preventDefault();
  const items = [...root.querySelectorAll<HTMLElement>('.hm-item')].filter((item) => !item.hidden);
  if (!items.length) return;
  const at = items.findIndex((item) => item.classList.contains('selected'));
  const next = items[at < 0 ? (step > 0 ? 0 : items.length - 1) : (at + step + items.length) % items.length]!;
  next.querySelector<HTMLElement>('.hm-open')!.focus();
  next.click();
}

/** Marks a finding in the panel and scrolls to it, when its highlight is clicked. */
export function selectInPanel(root: HTMLElement | ShadowRoot, id: string): void {
  const item = [...root.querySelectorAll<HTMLElement>('.hm-item')].find((e) => e.dataset.id === id);
  if (!item) return;
  markSelected(root, item);
  item.scrollIntoView({ block: 'center' });
}

function markSelected(root: ParentNode, item: HTMLElement): void {
  root.querySelectorAll('.hm-item.selected').forEach((e) => {
    e.classList.remove('selected');
    e.querySelector('.hm-open')?.removeAttribute('aria-current');
  });
  item.classList.add('selected');
  item.querySelector('.hm-open')?.setAttribute('aria-current', 'true');
}

function filterControls(doc: DocumentReport, onChange: () => void): HTMLElement {
  const select = (name: string, all: string, options: [string, string][]) => {
    const control = el('select', { 'data-filter': name, 'aria-label': `Filter by ${name}` }, el('option', { value: '' }, all), ...options.map(([value, label]) => el('option', { value }, label)));
    control.addEventListener('change', onChange);
    return control;
  };
  const categories = [...new Set(doc.findings.map((f) => f.category))].map((id): [string, string] => [id, category(id).title]).sort((a, b) => a[1].localeCompare(b[1]));
  return el(
    'div',
    { class: 'hm-filters', role: 'group', 'aria-label': 'Filter findings' },
    select('kind', 'All kinds', Object.entries(KIND_LABEL)),
    select('severity', 'All severities', SEVERITIES.map((s) => [s, SEVERITY_LABEL[s]])),
    select('category', 'All categories', categories),
  );
}

/** Hides the findings the filters leave out; returns the ids still shown. */
function applyFilters(list: HTMLElement, filters: HTMLElement): Set<string> {
  const wanted = Object.fromEntries([...filters.querySelectorAll('select')].map((s) => [s.dataset.filter!, s.value]));
  const shown = new Set<string>();
  for (const item of list.querySelectorAll<HTMLElement>('.hm-item')) {
    item.hidden = Boolean(
      (wanted.kind && item.dataset.kind !== wanted.kind) ||
        (wanted.severity && item.dataset.severity !== wanted.severity) ||
        (wanted.category && item.dataset.category !== wanted.category),
    );
    if (!item.hidden) shown.add(item.dataset.id!);
  }
  return shown;
}

function exportButtons(doc: DocumentReport): HTMLElement {
  const base = doc.source.split(/[/?#]/).filter(Boolean).pop()?.replace(/\.\w+$/, '') || 'document';
  const button = (label: string, save: () => void) => {
    const b = el('button', { type: 'button' }, label);
    b.addEventListener('click', save);
    return b;
  };
  const report = toReport([doc]);
  return el(
    'div',
    { class: 'hm-actions' },
    el('h3', {}, 'Export'),
    button('Markdown', () => download(`${base}-hallmonitor.md`, renderMarkdown(report), 'text/markdown')),
    button('JSON', () => download(`${base}-hallmonitor.json`, renderJson(report), 'application/json')),
    button('Board brief', () => download(`${base}-board-brief.html`, renderBrief(report), 'text/html')),
  );
}
