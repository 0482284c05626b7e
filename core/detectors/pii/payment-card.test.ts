import { testDetector } from '../../testing/detector-tester';
import paymentCard from './payment-card';

testDetector(paymentCard, {
  valid: [
    'Card 4532 0151 1283 0367 was declined.',
    'Order 5105105105105101 shipped.',
    'The ISBN 9780134685991 identifies the workbook.',
    'Reference 4000123412341235 for the grant.',
  ],
  invalid: [
    { text: 'Parent paid with Visa 4532 0151 1283 0366 for lunch.', findings: [{ quote: '4532 0151 1283 0366', messageId: 'match' }] },
    { text: 'Card number: 5425-2334-3010-9903', findings: [{ quote: '5425-2334-3010-9903', messageId: 'match' }] },
  ],
});
