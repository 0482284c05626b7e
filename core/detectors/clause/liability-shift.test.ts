import { testDetector } from '../../testing/detector-tester';
import liabilityShift from './liability-shift';

testDetector(liabilityShift, {
  valid: [
    "The Provider shall indemnify and hold harmless the District from claims arising from its breach.",
  ],
  invalid: [
    { text: "You agree to indemnify and hold us harmless from any claims arising from your use of the Services.", findings: [{ quote: "You agree to indemnify and hold us harmless from any claims arising from your use of the Services.", messageId: 'indemnify' }] },
    { text: "In no event shall Company be liable for any unauthorized access to or alteration of your data.", findings: [{ quote: "In no event shall Company be liable for any unauthorized access to or alteration of your data.", messageId: 'disclaim' }] },
  ],
});
