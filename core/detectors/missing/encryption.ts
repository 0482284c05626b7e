import { defineProtectionDetector } from '../../protections';

const MOVING = String.raw`(?:in\s+(?:transit|motion)|during\s+transmission|when\s+transmitted)`;
const STORED = String.raw`(?:at\s+rest|in\s+storage|when\s+stored)`;

export default defineProtectionDetector({
  category: 'encryption',
  missing: 'The agreement never requires student data to be encrypted.',
  weakMessage: 'Encryption is mentioned, but not for data both in motion and at rest.',
  present: [
    new RegExp(String.raw`\bencrypt\w*\b[^.;]{0,80}(?:\b${MOVING}\b[^.;]{0,40}\b${STORED}|\b${STORED}\b[^.;]{0,40}\b${MOVING})`, 'i'),
  ],
  weak: [/\bencrypt\w*\b/i],
});
