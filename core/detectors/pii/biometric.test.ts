import { testDetector } from '../../testing/detector-tester';
import biometric from './biometric';

testDetector(biometric, {
  valid: [
    "Provider will not collect biometric data or fingerprints.",
  ],
  invalid: [
    { text: "Cafeteria lines will use fingerprint scanners to collect student fingerprints.", findings: [
      { quote: "fingerprint", messageId: 'requested', context: 'requested' },
      { quote: "fingerprints", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
