import { testDetector } from '../../testing/detector-tester';
import transferOnSale from './transfer-on-sale';

testDetector(transferOnSale, {
  valid: [
    '"Breach" means the unauthorized access or acquisition of student data.',
    "The Board approved the sale of the old bus depot.",
    "If the Provider is acquired, the successor must be bound by this Agreement before receiving any student data.",
    "The board approved the acquisition of new library books.",
  ],
  invalid: [
    { text: "We may disclose student information:\n* to comply with a court order;\n* in connection with a merger or acquisition of the company.", findings: [{ quote: "* in connection with a merger or acquisition of the company.", messageId: 'sale' }] },
    { text: "If we are involved in a merger or sale of our assets, your information may be transferred as part of that transaction.", findings: [{ quote: "If we are involved in a merger or sale of our assets, your information may be transferred as part of that transaction.", messageId: 'sale' }] },
  ],
});
