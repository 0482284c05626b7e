import { testDetector } from '../../testing/detector-tester';
import subprocessorFlowdown from './subprocessor-flowdown';

testDetector(subprocessorFlowdown, {
  valid: [
    { text: 'Any subcontractor that receives student data shall be bound by the same restrictions as the Vendor.', status: 'present' },
    { text: 'The Vendor will require its subprocessors in writing to meet obligations no less protective than these.', status: 'present' },
  ],
  invalid: [
    // Subcontractors are allowed, but nothing binds them.
    { text: 'The Vendor may use subcontractors to host the service.', status: 'missing', findings: [{ messageId: 'missing' }] },
  ],
});
