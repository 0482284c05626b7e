import { testDetector } from '../../testing/detector-tester';
import onlineIdentifier from './online-identifier';

testDetector(onlineIdentifier, {
  valid: [
    // a storage safeguard, not a request for credentials
    "The files are kept on a password-protected drive in a locked room.",
    "Visitors must sign in at the front office.",
    // a unique identifier for a record, not for a person online
    "Each invoice carries a unique identifier for the district's accounts payable office.",
  ],
  invalid: [
    { text: "Our pages use web beacons, and we assign each player a pseudonymous identifier.", findings: [
      { quote: "web beacons", messageId: 'requested', context: 'requested' },
      { quote: "pseudonymous identifier", messageId: 'requested', context: 'requested' },
    ] },
    { text: "When you sign up we assign a unique identifier to you and keep a learning profile for your account.", findings: [
      { quote: "unique identifier to you", messageId: 'requested', context: 'requested' },
    ] },
    { text: "We automatically collect your IP address and device identifiers.", findings: [
      { quote: "IP address", messageId: 'requested', context: 'requested' },
      { quote: "device identifiers", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
