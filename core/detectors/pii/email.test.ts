import { testDetector } from '../../testing/detector-tester';
import email from './email';

testDetector(email, {
  valid: [
    'Send questions to records@example.org or call the district office.',
    'Email is the preferred way to reach the board clerk.',
    'The handle @hamdenschools posts meeting notices.',
  ],
  invalid: [
    { text: 'Contact: maria.lopez22@student.hamden.k12.ct.us', findings: [{ quote: 'maria.lopez22@student.hamden.k12.ct.us', messageId: 'match' }] },
    { text: 'Parent email j.ortiz@gmail.com, guardian email k_ortiz@yahoo.com.', findings: [
      { quote: 'j.ortiz@gmail.com', messageId: 'match' },
      { quote: 'k_ortiz@yahoo.com', messageId: 'match' },
    ] },
  ],
});
