import { testDetector } from '../../testing/detector-tester';
import emailElement from './email-element';

testDetector(emailElement, {
  valid: [
    "Please email the clerk before the meeting.",
    "Minutes will be posted on the website.",
  ],
  invalid: [
    { text: "When you register we collect personal information such as name, address, email and telephone number.", findings: [
      { quote: "email", messageId: 'requested', context: 'requested' },
    ] },
    { text: "We collect your name and email address when you register.", findings: [
      { quote: "email address", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
