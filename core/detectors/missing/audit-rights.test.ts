import { testDetector } from '../../testing/detector-tester';
import auditRights from './audit-rights';

testDetector(auditRights, {
  valid: [
    { text: "The LEA may audit the Provider's compliance with this DPA once a year.", status: 'present' },
  ],
  invalid: [
    { text: "The Provider will keep student data confidential.", status: 'missing', findings: [{ messageId: 'missing' }] },
  ],
});
