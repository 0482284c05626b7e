import { testDetector } from '../../testing/detector-tester';
import reidentificationBan from './reidentification-ban';

testDetector(reidentificationBan, {
  valid: [
    { text: "The Provider will not attempt to re-identify de-identified data.", status: 'present' },
  ],
  invalid: [
    { text: "The Provider may publish de-identified data.", status: 'missing', findings: [{ messageId: 'missing' }] },
  ],
});
