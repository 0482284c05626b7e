import { testDetector } from '../../testing/detector-tester';
import gender from './gender';

testDetector(gender, {
  valid: [
    "The District does not discriminate on the basis of race, color, sex or disability.",
  ],
  invalid: [
    { text: "The Board will provide grade, gender and ethnicity for each student.", findings: [
      { quote: "gender", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
