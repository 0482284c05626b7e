import { testDetector } from '../../testing/detector-tester';
import useLimitation from './use-limitation';

testDetector(useLimitation, {
  valid: [
    // the same limit worded as a purpose
    { text: "The Contractor may use the shared roster information solely for scheduling the tutoring sessions.", status: 'present' },
    { text: "Student records may not be used for any purpose not related to the services described in Exhibit A.", status: 'present' },
    { text: "The licence to the data is granted for the sole purpose of the evaluation.", status: 'present' },
    { text: "The Provider will use student data only to provide the Services.", status: 'present' },
  ],
  invalid: [
    { text: "The Provider may use the data to improve its products.", status: 'missing', findings: [{ messageId: 'missing' }] },
  ],
});
