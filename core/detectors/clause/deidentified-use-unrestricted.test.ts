import { testDetector } from '../../testing/detector-tester';
import deidentifiedUseUnrestricted from './deidentified-use-unrestricted';

testDetector(deidentifiedUseUnrestricted, {
  valid: [
    "Provider may use de-identified data only to improve the service and will not attempt to re-identify it.",
    "Provider will not use de-identified data for any purpose other than improving the Services for the District and will not attempt to re-identify it.",
    "The District may publish aggregated data in its annual report.",
    "The vendor may share aggregated counts only for the purposes of this Agreement and will not attempt to re-identify anyone.",
  ],
  invalid: [
    { text: "We may hand anonymous usage statistics to our partners.", findings: [{ quote: "We may hand anonymous usage statistics to our partners.", messageId: 'anonymousUse' }] },
    { text: "Pooled, anonymized class results are used by the company to design its next products.", findings: [{ quote: "Pooled, anonymized class results are used by the company to design its next products.", messageId: 'anonymousUse' }] },
    { text: "You agree that we may copy, sublicense and create derivative works of the anonymized, aggregated student data.", findings: [{ quote: "You agree that we may copy, sublicense and create derivative works of the anonymized, aggregated student data.", messageId: 'license' }] },
    { text: "We may use de-identified information for any lawful purpose.", findings: [{ quote: "We may use de-identified information for any lawful purpose.", messageId: 'reuse' }] },
  ],
});
