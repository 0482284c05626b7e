import { testDetector } from '../../testing/detector-tester';
import nyBillOfRights from './ny-bill-of-rights';

testDetector(nyBillOfRights, {
  valid: [{ text: "The Parents' Bill of Rights for Data Privacy and Security, signed by the Contractor, is attached.", status: 'present' }],
  invalid: [{ text: 'The Contractor will respect the privacy of families.', status: 'missing', findings: [{ messageId: 'missing' }] }],
});
