import { testDetector } from '../../testing/detector-tester';
import duration from './duration';

testDetector(duration, {
  valid: [
    // a term that ends with the contract it serves, or a blank the signed copy fills in
    { text: "This addendum remains in effect for the duration of the underlying service contract.", status: 'present' },
    { text: "This Agreement runs from ____________ until ____________ unless ended in writing.", status: 'present' },
    { text: "This Agreement will expire on June 30, 2027.", status: 'present' },
  ],
  invalid: [
    { text: "This MOU continues until terminated by either party.", status: 'weak', findings: [{ messageId: 'weak', quote: "This MOU continues until terminated by either party." }] },
    { text: "The parties will meet each quarter.", status: 'missing', findings: [{ messageId: 'missing' }] },
  ],
});
