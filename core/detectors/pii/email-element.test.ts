import { testDetector } from '../../testing/detector-tester';
import emailElement from './email-element';

testDetector(emailElement, {
  valid: [
    "Please email the clerk before the meeting.",
    "Minutes will be posted on the website.",
    // a channel, a definition, and an adult's contact details, not student data taken
    "We will send the renewal notice to you by email address on file, or in a separate email.",
    '"Contact Data" means details, such as an email address, that let someone reach a person.',
    "To report a copyright claim, give your employer, job title and email address.",
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
