import { testDetector } from '../../testing/detector-tester';
import transferOnSale from './transfer-on-sale';

testDetector(transferOnSale, {
  valid: [
    "If the Provider is acquired, the successor must be bound by this Agreement before receiving any student data.",
    "The board approved the acquisition of new library books.",
  ],
  invalid: [
    { text: "If we are involved in a merger or sale of our assets, your information may be transferred as part of that transaction.", findings: [{ quote: "If we are involved in a merger or sale of our assets, your information may be transferred as part of that transaction.", messageId: 'sale' }] },
  ],
});
