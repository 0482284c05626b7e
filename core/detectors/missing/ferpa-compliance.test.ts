import { testDetector } from '../../testing/detector-tester';
import ferpaCompliance from './ferpa-compliance';

testDetector(ferpaCompliance, {
  valid: [
    { text: "The Provider will comply with FERPA and its regulations.", status: 'present' },
  ],
  invalid: [
    { text: "The Provider will keep the data in a locked cabinet.", status: 'missing', findings: [{ messageId: 'missing' }] },
  ],
});
