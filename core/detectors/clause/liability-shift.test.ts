import { testDetector } from '../../testing/detector-tester';
import liabilityShift from './liability-shift';

testDetector(liabilityShift, {
  valid: [
    "The Provider shall indemnify and hold harmless the District from claims arising from its breach.",
    "The District is responsible for the accuracy of the student data it sends to the Provider.",
    "The Provider is solely responsible for all student data in its custody.",
  ],
  invalid: [
    { text: "You agree to indemnify and hold us harmless from any claims arising from your use of the Services.", findings: [{ quote: "You agree to indemnify and hold us harmless from any claims arising from your use of the Services.", messageId: 'indemnify' }] },
    {
      text: 'These terms are between the School ("you") and Brightpath Learning ("we"). You are solely responsible for any and all student data you upload.',
      findings: [{ quote: 'You are solely responsible for any and all student data you upload.', messageId: 'solelyResponsible' }],
    },
    { text: "In no event shall Company be liable for any unauthorized access to or alteration of your data.", findings: [{ quote: "In no event shall Company be liable for any unauthorized access to or alteration of your data.", messageId: 'disclaim' }] },
  ],
});
