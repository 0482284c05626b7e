import { testDetector } from '../../testing/detector-tester';
import emailElement from './email-element';

testDetector(emailElement, {
  valid: [
    "Minutes will be posted on the website.",
  ],
  invalid: [
    { text: "We collect your name and email address when you register.", findings: [
      { quote: "email address", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
