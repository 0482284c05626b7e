import { testDetector } from '../../testing/detector-tester';
import staffTraining from './staff-training';

testDetector(staffTraining, {
  valid: [
    { text: 'Employees with access to student data are trained on federal and state privacy law before access.', status: 'present' },
    { text: 'Staff complete annual FERPA training.', status: 'present' },
  ],
  invalid: [
    // Training the district's teachers to use the product is not privacy training.
    { text: 'The Vendor will train teachers to use the reading dashboard.', status: 'missing', findings: [{ messageId: 'missing' }] },
  ],
});
