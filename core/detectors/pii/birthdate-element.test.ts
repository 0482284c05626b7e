import { testDetector } from '../../testing/detector-tester';
import birthdateElement from './birthdate-element';

testDetector(birthdateElement, {
  valid: [
    'The district celebrates the birth of its new early-college program.',
    'Dobson Elementary will host the spring concert.',
  ],
  invalid: [
    { text: 'Student birthdate (Mandatory)', findings: [{ quote: 'birthdate', messageId: 'match' }] },
    { text: 'Fields requested: name, date of birth, and place of birth.', findings: [
      { quote: 'date of birth', messageId: 'match' },
      { quote: 'place of birth', messageId: 'match' },
    ] },
    { text: 'SASID | DOB | Grade', findings: [{ quote: 'DOB', messageId: 'match' }] },
  ],
});
