import { defineProtectionDetector } from '../../protections';

const RECIPIENTS = String.raw`(?:third\s+parties|subcontractors|sub-?processors|affiliates|service\s+providers)`;

export default defineProtectionDetector({
  category: 'subprocessor-list',
  missing: 'The agreement does not list (or promise a list of) the third parties and affiliates that receive student data.',
  present: [
    new RegExp(String.raw`\b(?:list|schedule|names?)\s+of\s+(?:all\s+|the\s+|its\s+)*${RECIPIENTS}\b`, 'i'),
    new RegExp(String.raw`\b${RECIPIENTS}\b[^.;]{0,80}\b(?:listed|named|identified)\s+in\s+(?:Exhibit|Schedule|Appendix|Attachment)\b`, 'i'),
  ],
});
