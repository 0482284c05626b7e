import { shorten, view, type DocumentReport, type Finding } from '../../../core/browser';
import { el } from '../../lib/dom';
import { SEVERITY_LABEL } from '../../lib/severity';

/** One page to print: its picture, and each highlight box as fractions of the page. */
export interface PrintPage {
  image: string;
  boxes: { id: string; severity: Finding['severity']; left: number; top: number; width: number; height: number }[];
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/**
 * The printed copy: every page with its highlights and, in the margin beside each finding's first line, the
 * number it has in the findings list that follows the pages. The browser's own print dialog prints it.
 */
export function printView(doc: DocumentReport, pages: readonly PrintPage[]): HTMLElement[] {
  const numbers = new Map(doc.findings.map((f, i) => [f.id, i + 1]));
  const sheets = pages.map((page, i) => {
    // The marks sit in the sheet's own left padding: a printer's margin may be none at all.
    const sheet = el('div', { class: 'print-frame' }, el('img', { src: page.image, alt: `Page ${i + 1}` }));
    const marked = new Set<string>();
    for (const box of page.boxes) {
      sheet.append(positioned('print-hl', box, { left: box.left, top: box.top, width: box.width, height: box.height }));
      if (marked.has(box.id)) continue;
      marked.add(box.id);
      sheet.append(positioned('print-mark', box, { top: box.top }, String(numbers.get(box.id))));
    }
    return el('section', { class: 'print-page', 'data-page-number': String(i + 1) }, sheet);
  });
  const list = el(
    'ol',
    {},
    ...doc.findings.map((finding) => {
      const v = view(finding);
      return el(
        'li',
        { 'data-severity': finding.severity },
        el('strong', {}, `${numbers.get(finding.id)}. ${v.title}`),
        ` (${SEVERITY_LABEL[finding.severity]}${v.where ? `, ${v.where}` : ''})`,
        finding.quote ? el('q', {}, shorten(finding.quote, 300)) : undefined,
        el('div', {}, v.what),
        el('div', {}, `Why: ${v.why} (${v.basis})`),
        el('div', {}, `Ask for: ${v.ask}`),
      );
    }),
  );
  return [...sheets, el('section', { class: 'print-findings' }, el('h1', {}, `Findings (${doc.findings.length}): ${doc.source.split('/').pop()}`), list)];
}

function positioned(className: string, box: PrintPage['boxes'][number], place: Partial<Record<'left' | 'top' | 'width' | 'height', number>>, text?: string): HTMLElement {
  const element = el('div', { class: className, 'data-severity': box.severity, 'data-id': box.id }, ...(text ? [text] : []));
  for (const [side, value] of Object.entries(place)) element.style.setProperty(side, percent(value));
  return element;
}
