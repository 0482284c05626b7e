import { testDetector } from '../../testing/detector-tester';
import encryption from './encryption';

testDetector(encryption, {
  valid: [
    { text: 'All student data are encrypted in transit and at rest.', status: 'present' },
    { text: 'The Contractor encrypts personally identifiable information at rest and in motion.', status: 'present' },
  ],
  invalid: [
    { text: 'The Contractor encrypts backups.', status: 'weak', findings: [{ quote: 'The Contractor encrypts backups.', messageId: 'weak' }] },
    { text: 'The Contractor keeps student data on secure servers.', status: 'missing', findings: [{ messageId: 'missing' }] },
  ],
});
