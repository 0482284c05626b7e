import { testDetector } from '../../testing/detector-tester';
import unilateralChanges from './unilateral-changes';

testDetector(unilateralChanges, {
  valid: [
    "The District has the discretion to update its bell schedule.",
    "Your continued use of the library is welcome.",
    "This Agreement may be amended only in writing signed by both parties.",
    "The District may change bus routes at any time.",
    "The company may change its prices at any time.",
    "The company may change the Service at any time, adding or removing games.",
    "Parents can update their contact details at any time from the account page.",
    "Either Party may update its notice address by telling the other.",
    "The school is responsible for reviewing each report before sending it to families.",
    "If a change would lessen these protections, we will ask for the school's consent before it applies.",
    "The parties may amend this Agreement by mutual written consent.",
  ],
  invalid: [
    { text: "The publisher may rewrite or replace any of the terms in this notice.", findings: [{ quote: "The publisher may rewrite or replace any of the terms in this notice.", messageId: 'terms' }] },
    { text: "This privacy statement will be revised now and then.", findings: [{ quote: "This privacy statement will be revised now and then.", messageId: 'terms' }] },
    { text: "New versions take effect as soon as we post them on this page.", findings: [{ quote: "New versions take effect as soon as we post them on this page.", messageId: 'posted' }] },
    { text: "It is the teacher's duty, and your responsibility to check this page for updates.", findings: [{ quote: "It is the teacher's duty, and your responsibility to check this page for updates.", messageId: 'posted' }] },
    { text: "We reserve the right, in our judgment, to revise this privacy notice.", findings: [{ quote: "We reserve the right, in our judgment, to revise this privacy notice.", messageId: 'discretion' }] },
    { text: "The company has the sole discretion to update this statement about student information.", findings: [{ quote: "The company has the sole discretion to update this statement about student information.", messageId: 'discretion' }] },
    { text: "Your continued use of the app after a change means you accept the revised terms.", findings: [{ quote: "Your continued use of the app after a change means you accept the revised terms.", messageId: 'continuedUse' }] },
    { text: "We may modify these Terms at any time without notice to you.", findings: [{ quote: "We may modify these Terms at any time without notice to you.", messageId: 'change' }] },
  ],
});
