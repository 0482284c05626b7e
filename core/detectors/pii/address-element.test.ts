import { testDetector } from '../../testing/detector-tester';
import addressElement from './address-element';

testDetector(addressElement, {
  valid: [
    "The superintendent will address the board on the budget.",
    "Send questions to the district office address listed below.",
  ],
  invalid: [
    { text: "The district will provide each student's home address.", findings: [
      { quote: "student's home address", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
