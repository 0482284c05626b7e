import type { Doctype } from './detector';
import type { Column } from './tables';

const AGREEMENT = [
  /\b(?:memorandum of (?:understanding|agreement)|data[- ](?:sharing|use|privacy|processing|access) agreements?|terms of (?:service|use)|terms and conditions|(?:service|license|user|confidentiality|non-?disclosure) agreements?|addendum|contract)\b/gi,
  /\b(?:the parties|hereby agree|agrees? (?:to|that)|in witness whereof|this agreement|these terms|shall (?:not )?(?:be|have|provide|use|maintain)|must (?:not )?(?:sign|complete|adhere|obtain|submit|return|destroy|keep|protect))\b/gi,
];
const POLICY = /\b(?:privacy (?:policy|statement|notice)|policy|procedures?|manual|guidelines|regulations?|rules of order|bylaws)\b/gi;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Agreements get the protections checklist; rosters are records; the rest is policy or other. */
export function classifyDoctype(text: string, columns: readonly Column[]): Doctype {
  const rows = columns.reduce((most, c) => Math.max(most, c.cells.length), 0);
  if (rows >= 5 && text.length < 200 * (rows + 1)) return 'records';
  const head = text.slice(0, 3000);
  const titleAgreement = count(head, AGREEMENT[0]!);
  const bindingLanguage = count(text, AGREEMENT[1]!);
  const policy = count(head, POLICY);
  const perK = (bindingLanguage * 1000) / Math.max(1000, text.length);
  // A title that names terms or an agreement decides, however often the terms refer to a privacy policy.
  const title = text.trimStart().split('\n', 1)[0]!.slice(0, 200);
  if (count(title, AGREEMENT[0]!) > 0 && bindingLanguage >= 3) return 'agreement';
  if ((titleAgreement > 0 && bindingLanguage >= 3) || perK > 1.5) return policy > titleAgreement * 2 ? 'policy' : 'agreement';
  if (policy > 0) return 'policy';
  return 'other';
}
