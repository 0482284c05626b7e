import { testDetector } from '../../testing/detector-tester';
import deletionOnTermination from './deletion-on-termination';

testDetector(deletionOnTermination, {
  valid: [
    { text: "The vendor shall confirm in writing within ten days that every copy of the student files has been destroyed.", status: 'present' },
    { text: "The Provider will delete all student data within sixty (60) days of termination.", status: 'present' },
  ],
  invalid: [
    { text: "Data will be securely destroyed when no longer needed.", status: 'weak', findings: [{ messageId: 'weak', quote: "Data will be securely destroyed when no longer needed." }] },
    { text: "The Provider may keep the data as needed.", status: 'missing', findings: [{ messageId: 'missing' }] },
  ],
});
