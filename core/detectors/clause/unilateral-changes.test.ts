import { testDetector } from '../../testing/detector-tester';
import unilateralChanges from './unilateral-changes';

testDetector(unilateralChanges, {
  valid: [
    "The District has the discretion to update its bell schedule.",
    "Your continued use of the library is welcome.",
    "This Agreement may be amended only in writing signed by both parties.",
    "The District may change bus routes at any time.",
  ],
  invalid: [
    { text: "We reserve the right, in our judgment, to revise this privacy notice.", findings: [{ quote: "We reserve the right, in our judgment, to revise this privacy notice.", messageId: 'discretion' }] },
    { text: "The company has the sole discretion to update this statement about student information.", findings: [{ quote: "The company has the sole discretion to update this statement about student information.", messageId: 'discretion' }] },
    { text: "Your continued use of the app after a change means you accept the revised terms.", findings: [{ quote: "Your continued use of the app after a change means you accept the revised terms.", messageId: 'continuedUse' }] },
    { text: "We may modify these Terms at any time without notice to you.", findings: [{ quote: "We may modify these Terms at any time without notice to you.", messageId: 'change' }] },
  ],
});
