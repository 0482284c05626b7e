import { testDetector } from '../../testing/detector-tester';
import advertisingProfilingBan from './advertising-profiling-ban';

testDetector(advertisingProfilingBan, {
  valid: [
    { text: 'The Provider shall not use pupil records to engage in targeted advertising.', status: 'present' },
    { text: 'The Provider is prohibited from building profiles of students for non-school purposes.', status: 'present' },
  ],
  invalid: [
    { text: 'The Provider may show personalized advertising to users of the free version.', status: 'missing', findings: [{ messageId: 'missing' }] },
  ],
});
