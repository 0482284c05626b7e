import { testDetector } from '../../testing/detector-tester';
import redisclosureBan from './redisclosure-ban';

testDetector(redisclosureBan, {
  valid: [
    { text: "The Provider will not re-disclose student data except as required by law.", status: 'present' },
  ],
  invalid: [
    { text: "The Provider may share student data with its partners.", status: 'missing', findings: [{ messageId: 'missing' }] },
  ],
});
