import { testDetector } from '../../testing/detector-tester';
import economicStatus from './economic-status';

testDetector(economicStatus, {
  valid: [
    "Lunch will be served after the morning session.",
  ],
  invalid: [
    { text: "The district will share whether a student is eligible for free or reduced-price meals.", findings: [
      { quote: "free or reduced-price meals", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
