import { testDetector } from '../../testing/detector-tester';
import broadPurpose from './broad-purpose';

testDetector(broadPurpose, {
  valid: [
    "The Provider will not use student data for any purpose other than providing the Services.",
    "The Board may use the building for any lawful purpose.",
  ],
  invalid: [
    { text: "NCSR may use the data for any purpose consistent with its mission, including future research.", findings: [{ quote: "NCSR may use the data for any purpose consistent with its mission, including future research.", messageId: 'any' }] },
  ],
});
