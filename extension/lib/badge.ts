import { host } from './host';
import { SEVERITIES, type DocumentReport, type Severity } from '../../core/browser';

/** What a scanned tab tells the toolbar: how many flags, the highest severity, and a line in words. */
export interface FindingsMessage {
  type: 'findings';
  total: number;
  top?: Severity;
  title: string;
}

export function findingsMessage(doc: DocumentReport): FindingsMessage {
  const { total, bySeverity } = doc.summary;
  const counts = SEVERITIES.filter((s) => bySeverity[s]).map((s) => `${bySeverity[s]} ${s}`);
  return {
    type: 'findings',
    total,
    top: SEVERITIES.find((s) => bySeverity[s]),
    title: total ? `Hall Monitor: ${total} flag${total === 1 ? '' : 's'} on this page (${counts.join(', ')})` : 'Hall Monitor: no flags on this page',
  };
}

export async function reportToToolbar(doc: DocumentReport): Promise<void> {
  await host.toToolbar(findingsMessage(doc));
}
