import { testDetector } from '../../testing/detector-tester';
import phoneElement from './phone-element';

testDetector(phoneElement, {
  valid: [
    "The board clerk answers the phone during office hours.",
  ],
  invalid: [
    { text: "The Board will share parent names and phone numbers.", findings: [
      { quote: "phone numbers", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
