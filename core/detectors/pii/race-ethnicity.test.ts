import { testDetector } from '../../testing/detector-tester';
import raceEthnicity from './race-ethnicity';

testDetector(raceEthnicity, {
  valid: [
    "The District does not discriminate on the basis of race, color or national origin.",
    "The relay race is on Friday.",
  ],
  invalid: [
    { text: "The Board will provide grade, gender and race/ethnicity for each student.", findings: [
      { quote: "race/ethnicity", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
