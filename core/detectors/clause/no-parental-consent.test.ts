import { testDetector } from '../../testing/detector-tester';
import noParentalConsent from './no-parental-consent';

testDetector(noParentalConsent, {
  valid: [
    "Parents must give written consent before any record is disclosed.",
    "The school will ask parents or guardians for consent before photos are posted.",
    "The Provider shall not disclose student records without the prior written consent of the parents.",
    "The District will notify parents of the program each fall.",
  ],
  invalid: [
    { text: "A student under 13 may create an account with the consent of a parent or a teacher.", findings: [{ quote: "A student under 13 may create an account with the consent of a parent or a teacher.", messageId: 'schoolInstead' }] },
    { text: "If a student is under 18, the school, parent or guardian must agree to these terms for the student.", findings: [{ quote: "If a student is under 18, the school, parent or guardian must agree to these terms for the student.", messageId: 'schoolInstead' }] },
    { text: "The Board will not be required to notify parents or guardians of the data provided under this MOU.", findings: [{ quote: "The Board will not be required to notify parents or guardians of the data provided under this MOU.", messageId: 'notice' }] },
    { text: "The school agrees to provide consent on behalf of parents for the collection of student information.", findings: [{ quote: "The school agrees to provide consent on behalf of parents for the collection of student information.", messageId: 'consent' }] },
  ],
});
