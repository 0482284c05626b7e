import { testDetector } from '../../testing/detector-tester';
import securityPlan from './security-plan';

testDetector(securityPlan, {
  valid: [{ text: 'The Contractor’s Data Security and Privacy Plan is attached as Exhibit B.', status: 'present' }],
  invalid: [{ text: 'The Contractor will keep student data secure.', status: 'missing', findings: [{ messageId: 'missing' }] }],
});
