import { testDetector } from '../../testing/detector-tester';
import enrollmentHistory from './enrollment-history';

testDetector(enrollmentHistory, {
  valid: [
    "Attendance at the board retreat is optional for members of the public.",
  ],
  invalid: [
    { text: "The district will provide daily attendance records for each student.", findings: [
      { quote: "daily attendance records", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
