import { testDetector } from '../../testing/detector-tester';
import onlineIdentifier from './online-identifier';

testDetector(onlineIdentifier, {
  valid: [
    "Visitors must sign in at the front office.",
  ],
  invalid: [
    { text: "We automatically collect your IP address and device identifiers.", findings: [
      { quote: "IP address", messageId: 'requested', context: 'requested' },
      { quote: "device identifiers", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
