import { testDetector } from '../../testing/detector-tester';
import redisclosureBan from './redisclosure-ban';

testDetector(redisclosureBan, {
  valid: [
    // a ban worded as an agreement, or as an item under "the Vendor shall:"
    { text: "The Vendor agrees to keep the student records confidential and to not disclose them to anyone.", status: 'present' },
    { text: "The Vendor shall:\n- Not share student data with any outside party without the District's written consent.", status: 'present' },
    { text: "The Provider will not re-disclose student data except as required by law.", status: 'present' },
    { text: "The reviewer may not copy or pass on the test files to anyone.", status: 'present' },
    { text: "These records may not be shared with anyone who has not signed this form.", status: 'present' },
  ],
  invalid: [
    { text: "The Provider may share student data with its partners.", status: 'missing', findings: [{ messageId: 'missing' }] },
  ],
});
