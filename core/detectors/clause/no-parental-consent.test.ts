import { testDetector } from '../../testing/detector-tester';
import noParentalConsent from './no-parental-consent';

testDetector(noParentalConsent, {
  valid: [
    "The Provider shall not disclose student records without the prior written consent of the parents.",
    "The District will notify parents of the program each fall.",
  ],
  invalid: [
    { text: "The Board will not be required to notify parents or guardians of the data provided under this MOU.", findings: [{ quote: "The Board will not be required to notify parents or guardians of the data provided under this MOU.", messageId: 'notice' }] },
    { text: "The school agrees to provide consent on behalf of parents for the collection of student information.", findings: [{ quote: "The school agrees to provide consent on behalf of parents for the collection of student information.", messageId: 'consent' }] },
  ],
});
