import { testDetector } from '../../testing/detector-tester';
import ipAddress from './ip-address';

testDetector(ipAddress, {
  valid: [
    'See section 4.1.2.3 of the agreement.',
    'The app was updated to version 2.10.4.1 last week.',
    'Documentation examples use 192.0.2.15 as an address.',
    'Scores rose from 3.2 to 3.5 this year.',
  ],
  invalid: [
    { text: 'Login from IP 73.149.22.8 at 9:14 pm', findings: [{ quote: '73.149.22.8', messageId: 'match' }] },
    { text: 'The device connected from 24.61.180.3 during the session.', findings: [{ quote: '24.61.180.3', messageId: 'match' }] },
  ],
});
