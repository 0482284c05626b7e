import { testDetector } from '../../testing/detector-tester';
import paymentCard from './payment-card';

testDetector(paymentCard, {
  valid: [
    // an id in one cell and a number in the next are two values, even when together they pass Luhn
    {
      text: [
        { text: 'ID', cell: { table: 0, row: 0, column: 0, header: 'ID' }, after: ' ' },
        { text: 'Code', cell: { table: 0, row: 0, column: 1, header: 'Code' } },
        { text: '4532 0151', cell: { table: 0, row: 1, column: 0, header: 'ID' }, after: ' ' },
        { text: '1283 0366', cell: { table: 0, row: 1, column: 1, header: 'Code' } },
      ],
    },
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
