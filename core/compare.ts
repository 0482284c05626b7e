import type { Demand } from './analysis/data-schedule';
import type { ProtectionStatus } from './detector';
import type { DocumentReport } from './report/schema';
import { category, type CategoryId } from './taxonomy';

export interface Change<T> {
  id: CategoryId;
  title: string;
  from?: T;
  to?: T;
}

/** What changed between two versions of an agreement: the data asked for, the risky clauses, the protections. */
export interface Comparison {
  before: string;
  after: string;
  data: Change<Demand>[];
  clauses: Change<'present'>[];
  protections: Change<ProtectionStatus>[];
}

export function compareReports(before: DocumentReport, after: DocumentReport): Comparison {
  const demands = (doc: DocumentReport) => new Map((doc.dataSchedule ?? []).map((row) => [row.category, row.demand]));
  const clauses = (doc: DocumentReport) => new Map(doc.findings.filter((f) => f.kind === 'clause').map((f) => [f.category, 'present' as const]));
  const statuses = (doc: DocumentReport) => new Map((doc.protections ?? []).map((p) => [p.id, p.status]));
  return {
    before: before.source,
    after: after.source,
    data: changes(demands(before), demands(after)),
    clauses: changes(clauses(before), clauses(after)),
    protections: changes(statuses(before), statuses(after)),
  };
}

function changes<T>(before: Map<CategoryId, T>, after: Map<CategoryId, T>): Change<T>[] {
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
  return ids
    .filter((id) => before.get(id) !== after.get(id))
    .map((id) => {
      const change: Change<T> = { id, title: category(id).title };
      if (before.has(id)) change.from = before.get(id);
      if (after.has(id)) change.to = after.get(id);
      return change;
    });
}

/** The comparison in plain words, one line per change, better and worse marked. */
export function renderComparison(c: Comparison): string {
  const lines = [`Hall Monitor: what changed from ${c.before} to ${c.after}`, ''];
  const section = (title: string, items: string[]) => lines.push(title, ...(items.length ? items : ['  (no change)']), '');
  section(
    'Student data requested',
    c.data.map((d) => (d.from === undefined ? `  + now ${d.to}: ${d.title}` : d.to === undefined ? `  - no longer asked for: ${d.title}` : `  ~ ${d.title}: ${d.from} -> ${d.to}`)),
  );
  section('Risky clauses', c.clauses.map((d) => (d.to ? `  + added (worse): ${d.title}` : `  - removed (better): ${d.title}`)));
  section('Protections', c.protections.map((d) => `  ${d.to === 'present' ? '+ (better)' : '- (worse) '} ${d.title}: ${d.from ?? 'not checked'} -> ${d.to ?? 'not checked'}`));
  return lines.join('\n');
}
