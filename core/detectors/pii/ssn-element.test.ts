import { testDetector } from '../../testing/detector-tester';
import ssnElement from './ssn-element';

testDetector(ssnElement, {
  valid: [
    "Provider shall not collect Social Security numbers.",
    "No SSNs will be requested or stored.",
  ],
  invalid: [
    { text: "The district will provide student Social Security numbers for matching.", findings: [
      { quote: "Social Security numbers", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
