import { testDetector } from '../../testing/detector-tester';
import liabilityShift from './liability-shift';

testDetector(liabilityShift, {
  valid: [
    "The Provider shall indemnify and hold harmless the District from claims arising from its breach.",
    "The District is responsible for the accuracy of the student data it sends to the Provider.",
    "The Provider is solely responsible for all student data in its custody.",
    // the district answering for its own acts, and other companies' websites, shift nothing
    "The District will hold the Vendor harmless from claims that arise from the District's own negligence.",
    "We are not liable for the content or the privacy practices of other sites that our pages link to.",
    "In no event will either party be liable to the other for lost profits.",
    "We may keep records as needed to defend ourselves against legal claims.",
  ],
  invalid: [
    { text: "You agree to indemnify and hold us harmless from any claims arising from your use of the Services.", findings: [{ quote: "You agree to indemnify and hold us harmless from any claims arising from your use of the Services.", messageId: 'indemnify' }] },
    {
      text: 'These terms are between the School ("you") and Brightpath Learning ("we"). You are solely responsible for any and all student data you upload.',
      findings: [{ quote: 'You are solely responsible for any and all student data you upload.', messageId: 'solelyResponsible' }],
    },
    { text: "In no event shall Company be liable for any unauthorized access to or alteration of your data.", findings: [{ quote: "In no event shall Company be liable for any unauthorized access to or alteration of your data.", messageId: 'disclaim' }] },
    {
      text: "Under no theory will the total liability of the Vendor for any claim exceed the fees paid in the prior twelve months.",
      findings: [{ quote: "Under no theory will the total liability of the Vendor for any claim exceed the fees paid in the prior twelve months.", messageId: 'limits' }],
    },
    { text: "The platform is offered on an as-is basis and the company disclaims every warranty about it.", findings: [{ quote: "The platform is offered on an as-is basis and the company disclaims every warranty about it.", messageId: 'asIs' }] },
    { text: "Teachers use the app entirely at their own risk.", findings: [{ quote: "Teachers use the app entirely at their own risk.", messageId: 'asIs' }] },
  ],
});
