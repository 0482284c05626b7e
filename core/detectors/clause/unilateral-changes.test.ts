import { testDetector } from '../../testing/detector-tester';
import unilateralChanges from './unilateral-changes';

testDetector(unilateralChanges, {
  valid: [
    "This Agreement may be amended only in writing signed by both parties.",
    "The District may change bus routes at any time.",
  ],
  invalid: [
    { text: "We may modify these Terms at any time without notice to you.", findings: [{ quote: "We may modify these Terms at any time without notice to you.", messageId: 'change' }] },
  ],
});
