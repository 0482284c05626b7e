import { testDetector } from '../../testing/detector-tester';
import deidentifiedUseUnrestricted from './deidentified-use-unrestricted';

testDetector(deidentifiedUseUnrestricted, {
  valid: [
    "Provider will not use de-identified data for any purpose other than improving the Services for the District and will not attempt to re-identify it.",
    "The District may publish aggregated data in its annual report.",
  ],
  invalid: [
    { text: "We may use de-identified information for any lawful purpose.", findings: [{ quote: "We may use de-identified information for any lawful purpose.", messageId: 'reuse' }] },
  ],
});
