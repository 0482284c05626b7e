import { testDetector } from '../../testing/detector-tester';
import duration from './duration';

testDetector(duration, {
  valid: [
    { text: "This Agreement will expire on June 30, 2027.", status: 'present' },
  ],
  invalid: [
    { text: "This MOU continues until terminated by either party.", status: 'weak', findings: [{ messageId: 'weak', quote: "This MOU continues until terminated by either party." }] },
    { text: "The parties will meet each quarter.", status: 'missing', findings: [{ messageId: 'missing' }] },
  ],
});
