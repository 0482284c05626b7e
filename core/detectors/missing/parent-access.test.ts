import { testDetector } from '../../testing/detector-tester';
import parentAccess from './parent-access';

testDetector(parentAccess, {
  valid: [
    { text: "Parents may review the student data held by the Provider and request corrections through the LEA.", status: 'present' },
  ],
  invalid: [
    { text: "The Provider will keep student data confidential.", status: 'missing', findings: [{ messageId: 'missing' }] },
  ],
});
