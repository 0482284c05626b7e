import { testDetector } from '../../testing/detector-tester';
import commercialUseBan from './commercial-use-ban';

testDetector(commercialUseBan, {
  valid: [
    { text: 'The Vendor shall not sell, rent or trade student data to anyone.', status: 'present' },
    { text: 'Student records will never be sold.', status: 'present' },
    { text: 'The Vendor may not use student data for any commercial or marketing purposes.', status: 'present' },
  ],
  invalid: [
    // Selling is allowed here, not banned.
    { text: 'The Vendor may sell aggregated student data to research partners.', status: 'missing', findings: [{ messageId: 'missing' }] },
    // A ban on selling the software says nothing about the data.
    { text: 'The District shall not sell or resell the software licence.', status: 'missing', findings: [{ messageId: 'missing' }] },
  ],
});
