import type { Finding, Span } from '../finding';
import { category, type CategoryId, type Severity } from '../taxonomy';
import type { Sentence } from '../sentences';
import type { ScanText } from '../text';
import type { AnalysisContext } from '.';

/**
 * How hard the document asks for a kind of data. `required` and `optional` come from a data request's
 * own wording ("Mandatory", "Encouraged"); `held` means the values themselves are in the document.
 */
export type Demand = 'required' | 'optional' | 'requested' | 'held' | 'prohibited';

export interface ScheduleRow {
  category: CategoryId;
  title: string;
  demand: Demand;
  sensitivity: Severity;
  /** Values found, or the rows of the columns that hold them. */
  count?: number;
  /** Where the document first names or holds it. */
  span?: Span;
  page?: number;
}

const REQUIRED = /\b(?:mandatory|required|must|shall provide|will provide)\b/i;
const OPTIONAL = /\b(?:encouraged|optional|if available|where available|as available|may provide|recommended)\b/i;
const DEMAND_ORDER: Demand[] = ['required', 'requested', 'held', 'optional', 'prohibited'];
const SEVERITY_ORDER: Severity[] = ['high', 'medium', 'low'];

/** What student data the document holds or asks for, one row per category, strongest demand first. */
export function dataSchedule({ findings, source, sentences }: AnalysisContext): { dataSchedule: ScheduleRow[] } {
  const rows = new Map<CategoryId, ScheduleRow>();
  const rowText = tableRowText(source);
  const columnOf = (f: Finding) => {
    const cell = f.span && source.blocks[source.blockAt(f.span.start)]?.cell;
    return cell ? `${f.category}:${cell.table}:${cell.column}` : undefined;
  };
  // A roster cell is counted once: by its column's finding, not again by a value pattern inside it.
  const countedColumns = new Set(findings.filter((f) => f.count !== undefined).map(columnOf));
  for (const finding of findings) {
    if (finding.kind !== 'pii') continue;
    const demand = demandOf(finding, source, sentences, rowText);
    let row = rows.get(finding.category);
    if (!row) {
      row = newRow(finding, demand);
      rows.set(finding.category, row);
    }
    // A kind of data forbidden in one sentence and requested in another is requested.
    else if (DEMAND_ORDER.indexOf(demand) < DEMAND_ORDER.indexOf(row.demand)) row.demand = demand;
    if (finding.mode !== 'value' || (finding.count === undefined && countedColumns.has(columnOf(finding)))) continue;
    row.count = (row.count ?? 0) + (finding.count ?? 1);
  }
  const schedule = [...rows.values()].sort(
    (a, b) =>
      DEMAND_ORDER.indexOf(a.demand) - DEMAND_ORDER.indexOf(b.demand) ||
      SEVERITY_ORDER.indexOf(a.sensitivity) - SEVERITY_ORDER.indexOf(b.sensitivity),
  );
  return { dataSchedule: schedule };
}

function newRow(finding: Finding, demand: Demand): ScheduleRow {
  const taxonomy = category(finding.category);
  const row: ScheduleRow = { category: finding.category, title: taxonomy.title, demand, sensitivity: finding.severity };
  if (finding.span) row.span = finding.span;
  if (finding.page) row.page = finding.page;
  return row;
}

function demandOf(finding: Finding, source: ScanText, sentences: readonly Sentence[], rowText: Map<string, string>): Demand {
  if (finding.context === 'prohibited') return 'prohibited';
  if (finding.mode === 'value') return 'held';
  if (!finding.span) return 'requested';
  // In a request table the demand sits in another cell of the element's row.
  const cell = source.blocks[source.blockAt(finding.span.start)]?.cell;
  const { start } = finding.span;
  // The narrower of line and sentence decides: a request list in a PDF keeps each field and its demand on one line.
  const line = source.text.slice(source.text.lastIndexOf('\n', start) + 1, (source.text.indexOf('\n', start) + 1 || source.text.length + 1) - 1);
  const wording = cell
    ? (rowText.get(`${cell.table}:${cell.row}`) ?? '')
    : ([line, sentences.find((s) => s.span.start <= start && start < s.span.end)?.text ?? '']
        .sort((a, b) => a.length - b.length)
        .find((t) => OPTIONAL.test(t) || REQUIRED.test(t)) ?? '');
  if (OPTIONAL.test(wording)) return 'optional';
  if (REQUIRED.test(wording)) return 'required';
  return 'requested';
}

function tableRowText(source: ScanText): Map<string, string> {
  const rows = new Map<string, string>();
  for (const block of source.blocks) {
    if (!block.cell) continue;
    const key = `${block.cell.table}:${block.cell.row}`;
    rows.set(key, `${rows.get(key) ?? ''} ${block.text}`);
  }
  return rows;
}
