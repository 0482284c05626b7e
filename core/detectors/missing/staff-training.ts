import { defineProtectionDetector } from '../../protections';

const SUBJECT = String.raw`(?:privacy|confidentiality|security|FERPA|data\s+protection)`;

export default defineProtectionDetector({
  category: 'staff-training',
  missing: 'The agreement never requires the people who handle student data to be trained on privacy law.',
  present: [
    new RegExp(String.raw`\btrain(?:ed|ing|s)?\b[^.;]{0,120}\b${SUBJECT}\b`, 'i'),
    new RegExp(String.raw`\b${SUBJECT}\b[^.;]{0,60}\btraining\b`, 'i'),
  ],
});
