import { testDetector } from '../../testing/detector-tester';
import breachCostAllocation from './breach-cost-allocation';

testDetector(breachCostAllocation, {
  valid: [
    { text: 'The Operator shall reimburse the School for the costs of notifying parents and of credit monitoring after a breach attributed to the Operator.', status: 'present' },
    { text: 'The costs of any breach notification shall be borne by the Contractor.', status: 'present' },
  ],
  invalid: [
    // Costs are named, but not breach costs.
    { text: 'The District shall pay the costs of shipping the devices.', status: 'missing', findings: [{ messageId: 'missing' }] },
  ],
});
