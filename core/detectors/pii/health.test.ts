import { testDetector } from '../../testing/detector-tester';
import health from './health';

testDetector(health, {
  valid: [
    "The wellness committee will meet in the spring.",
  ],
  invalid: [
    { text: "The district will share immunization records and nurse visits.", findings: [
      { quote: "immunization", messageId: 'requested', context: 'requested' },
      { quote: "nurse visits", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
