import { renderBrief, renderJson, renderMarkdown, SEVERITIES, toReport, type DocumentReport, type Finding } from '../../core/browser';
import { DEMAND_LABEL, protectionTitle, scanNotes, shorten, STATUS_MARK, view } from '../../core/report/view';
import { download, el } from './dom';

export const PANEL_CSS = `
.hm-panel{font:13px/1.45 system-ui,sans-serif;color:#1b1b1b;background:#fff;height:100%;overflow:auto;padding:10px 12px;box-sizing:border-box}
.hm-panel h2{font-size:15px;margin:0 0 6px}.hm-panel h3{font-size:13px;margin:12px 0 4px}
.hm-counts span{display:inline-block;margin-right:8px;font-weight:600}.hm-counts .high{color:#c62828}.hm-counts .medium{color:#ef6c00}.hm-counts .low{color:#1565c0}
.hm-panel table{border-collapse:collapse;width:100%}.hm-panel td{border-bottom:1px solid #eee;padding:2px 4px;vertical-align:top}
.hm-item{border-left:4px solid #999;padding:4px 8px;margin:6px 0;cursor:pointer;background:#fafafa}
.hm-item[data-severity=high]{border-color:#c62828}.hm-item[data-severity=medium]{border-color:#ef6c00}.hm-item[data-severity=low]{border-color:#1565c0}
.hm-item.selected{outline:2px solid #1b3a5c}.hm-item q{display:block;font-style:italic;color:#333;margin:2px 0}
.hm-item .hm-meta{color:#555;font-size:12px}.hm-filters select{font-size:12px;margin-right:4px}
.hm-status-missing,.hm-status-contradicted{color:#c62828}.hm-status-weak{color:#ef6c00}.hm-status-present{color:#2e7d32}
.hm-actions button{font-size:12px;margin:0 4px 4px 0}.hm-note{color:#555;font-size:12px}`;

export interface PanelHandlers {
  /** The reviewer clicked a finding: show it in the document. */
  select?(finding: Finding): void;
  /** Extra actions for a finding, e.g. "find in document" where highlights cannot be drawn. */
  actions?(finding: Finding): HTMLElement[];
}

/**
 * The findings panel: counts, re-identification, data schedule, checklist, then every finding with its
 * quote, page, why and ask, filterable, each item tagged with data-category and data-severity.
 */
export function renderPanel(root: HTMLElement | ShadowRoot, doc: DocumentReport, handlers: PanelHandlers = {}): void {
  const panel = el('div', { class: 'hm-panel', 'data-testid': 'hm-panel' });
  root.replaceChildren(el('style', {}, PANEL_CSS), panel);
  panel.append(el('h2', {}, 'Hall Monitor'));
  if (doc.error) {
    panel.append(el('p', { 'data-testid': 'hm-error' }, doc.error.message));
    return;
  }
  panel.append(
    el('p', { class: 'hm-counts' }, ...SEVERITIES.map((s) => el('span', { class: s }, `${doc.summary.bySeverity[s]} ${s}`))),
    el('p', { class: 'hm-note' }, 'Personal values are masked. Nothing left your browser. Not legal advice.'),
    ...scanNotes(doc).map((note) => el('p', { class: 'hm-note', 'data-testid': 'hm-scan-note' }, note)),
  );
  if (doc.reidentification)
    panel.append(el('p', { 'data-testid': 'hm-reidentification' }, el('strong', {}, `Can students be identified? ${doc.reidentification.level}. `), doc.reidentification.reason));
  const schedule = doc.dataSchedule ?? [];
  if (schedule.length)
    panel.append(
      el('h3', {}, 'Student data'),
      el('table', { 'data-testid': 'hm-schedule' }, ...schedule.map((row) => el('tr', { 'data-category': row.category }, el('td', {}, row.title), el('td', {}, DEMAND_LABEL[row.demand])))),
    );
  if (doc.protections?.length)
    panel.append(
      el('h3', {}, 'Protections checklist'),
      el(
        'table',
        { 'data-testid': 'hm-checklist' },
        ...doc.protections.map((p) =>
          el(
            'tr',
            { 'data-category': p.id, 'data-status': p.status },
            el('td', { class: `hm-status-${p.status}` }, `${STATUS_MARK[p.status]} ${p.status}`),
            el('td', {}, protectionTitle(p), p.evidence[0] ? el('q', {}, shorten(p.evidence[0].quote, 160)) : undefined),
          ),
        ),
      ),
    );

  const list = el('div', { 'data-testid': 'hm-findings' });
  const filters = filterControls(doc, () => applyFilters(list, filters));
  panel.append(el('h3', {}, `Findings (${doc.findings.length})`), filters, list, exportButtons(doc));
  for (const finding of doc.findings) {
    const v = view(finding);
    const item = el(
      'div',
      { class: 'hm-item', 'data-category': finding.category, 'data-severity': finding.severity, 'data-kind': finding.kind, 'data-id': finding.id },
      el('strong', {}, v.title),
      el('span', { class: 'hm-meta' }, ` ${finding.severity}${v.where ? `, ${v.where}` : ''}`),
      finding.quote ? el('q', {}, shorten(finding.quote, 300)) : undefined,
      el('div', {}, v.what),
      el('div', { class: 'hm-meta' }, `Why: ${v.why} (${v.basis})`),
      el('div', { class: 'hm-meta' }, `Ask for: ${v.ask}`),
      ...(handlers.actions?.(finding) ?? []),
    );
    item.addEventListener('click', () => {
      list.querySelectorAll('.selected').forEach((e) => e.classList.remove('selected'));
      item.classList.add('selected');
      handlers.select?.(finding);
    });
    list.append(item);
  }
}

/** Scrolls the panel to a finding and marks it, when its highlight is clicked. */
export function selectInPanel(root: HTMLElement | ShadowRoot, id: string): void {
  const item = [...root.querySelectorAll<HTMLElement>('.hm-item')].find((e) => e.dataset.id === id);
  root.querySelectorAll('.selected').forEach((e) => e.classList.remove('selected'));
  item?.classList.add('selected');
  item?.scrollIntoView({ block: 'center' });
}

function filterControls(doc: DocumentReport, onChange: () => void): HTMLElement {
  const select = (name: string, values: string[]) => {
    const control = el('select', { 'data-filter': name }, el('option', { value: '' }, `all ${name}s`), ...values.map((v) => el('option', { value: v }, v)));
    control.addEventListener('change', onChange);
    return control;
  };
  return el(
    'div',
    { class: 'hm-filters' },
    select('kind', ['pii', 'clause', 'missing']),
    select('severity', [...SEVERITIES]),
    select('category', [...new Set(doc.findings.map((f) => f.category))].sort()),
  );
}

function applyFilters(list: HTMLElement, filters: HTMLElement): void {
  const wanted = Object.fromEntries([...filters.querySelectorAll('select')].map((s) => [s.dataset.filter!, s.value]));
  for (const item of list.querySelectorAll<HTMLElement>('.hm-item'))
    item.hidden = Boolean(
      (wanted.kind && item.dataset.kind !== wanted.kind) ||
        (wanted.severity && item.dataset.severity !== wanted.severity) ||
        (wanted.category && item.dataset.category !== wanted.category),
    );
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
