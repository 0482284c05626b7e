import { testDetector } from '../../testing/detector-tester';
import useLimitation from './use-limitation';

testDetector(useLimitation, {
  valid: [
    { text: "The Provider will use student data only to provide the Services.", status: 'present' },
  ],
  invalid: [
    { text: "The Provider may use the data to improve its products.", status: 'missing', findings: [{ messageId: 'missing' }] },
  ],
});
