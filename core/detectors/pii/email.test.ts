import { testDetector } from '../../testing/detector-tester';
import email from './email';

testDetector(email, {
  valid: [
    // the organization's own mailboxes: a role name, a domain it names as its website, an invitation to write
    'Questions about this notice can go to privacy@brightlearn.io at any time.',
    'Learn more at https://www.tutorpath.com or write to jdoe@tutorpath.com.',
    'To ask for a copy of your records, contact us at m.alvarez@statlabs.net and we will reply within 30 days.',
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
