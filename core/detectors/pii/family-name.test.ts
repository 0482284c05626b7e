import { testDetector } from '../../testing/detector-tester';
import familyName from './family-name';

testDetector(familyName, {
  valid: [
    "Parents may name a representative for the hearing.",
  ],
  invalid: [
    { text: "The Board will share parent/guardian names and phone numbers.", findings: [
      { quote: "parent/guardian names", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
