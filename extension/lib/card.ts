import { view, type Finding } from '../../core/browser';
import { el } from './dom';
import { SEVERITY_LABEL } from './severity';

/** What a highlight says on hover or focus: the finding's title, why it matters and what to ask for. */
export function findingCard(finding: Finding): HTMLElement[] {
  const v = view(finding);
  return [
    el('strong', {}, v.title),
    el('span', { class: 'hm-card-severity' }, ` ${SEVERITY_LABEL[finding.severity]}`),
    el('p', {}, el('b', {}, 'Why: '), v.why),
    el('p', {}, el('b', {}, 'Ask for: '), v.ask),
  ];
}

/** "High: Recipient owns the data, page 2": how a highlight or a panel item is named to a screen reader. */
export function findingLabel(finding: Finding): string {
  const v = view(finding);
  return `${SEVERITY_LABEL[finding.severity]}: ${v.title}${v.where ? `, ${v.where}` : ''}`;
}
