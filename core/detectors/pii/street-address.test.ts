import { testDetector } from '../../testing/detector-tester';
import address from './street-address';

testDetector(address, {
  valid: [
    'Notices shall be sent to the Board of Education, 100 Main Street, Millbrook.',
    'The vendor is located at 2200 Commerce Drive, Suite 400.',
    'There are 12 Oak trees along the path.',
    'The committee met 3 times in March.',
  ],
  invalid: [
    { text: 'The student lives at 14 Maple Avenue with her grandmother.', findings: [{ quote: '14 Maple Avenue', messageId: 'match' }] },
    { text: 'Home address: 27 N. Birch Hill Rd., Apt 3B', findings: [{ quote: '27 N. Birch Hill Rd., Apt 3B', messageId: 'match' }] },
    { text: 'Bus pickup for the family moves to 310 Orchard Hill Lane next week.', findings: [{ quote: '310 Orchard Hill Lane', messageId: 'match' }] },
  ],
});
