import { testDetector } from '../../testing/detector-tester';
import securitySafeguards from './security-safeguards';

testDetector(securitySafeguards, {
  valid: [
    { text: "The Provider will encrypt student data in transit and at rest.", status: 'present' },
  ],
  invalid: [
    { text: "We use commercially reasonable security measures to protect your information.", status: 'weak', findings: [{ messageId: 'weak', quote: "We use commercially reasonable security measures to protect your information." }] },
    { text: "The Provider will keep the data for five years.", status: 'missing', findings: [{ messageId: 'missing' }] },
  ],
});
