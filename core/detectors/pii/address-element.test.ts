import { testDetector } from '../../testing/detector-tester';
import addressElement from './address-element';

testDetector(addressElement, {
  valid: [
    // an IP address and an e-mail address are one thing each, not a home address
    "Our servers log technical details such as your IP address, browser type and the pages you open.",
    "To reset a login we use account details including your e-mail address.",
    "Send the signed form to the address below.",
    "The superintendent will address the board on the budget.",
    "Send questions to the district office address listed below.",
  ],
  invalid: [
    { text: "When you register we collect personal information such as name, address, email and telephone number.", findings: [
      { quote: "address", messageId: 'requested', context: 'requested' },
    ] },
    { text: "The district will provide each student's home address.", findings: [
      { quote: "student's home address", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
