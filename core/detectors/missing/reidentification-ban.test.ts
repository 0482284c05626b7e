import { testDetector } from '../../testing/detector-tester';
import reidentificationBan from './reidentification-ban';

testDetector(reidentificationBan, {
  valid: [
    { text: "The analyst shall not attempt to link the coded records back to the identity of any student.", status: 'present' },
    { text: "The grant prohibits the researchers from attempting to identify any pupil in the de-identified files.", status: 'present' },
    { text: "The Provider will not attempt to re-identify de-identified data.", status: 'present' },
  ],
  invalid: [
    { text: "The Provider may publish de-identified data.", status: 'missing', findings: [{ messageId: 'missing' }] },
  ],
});
