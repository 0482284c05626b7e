import { testDetector } from '../../testing/detector-tester';
import academicRecord from './academic-record';

testDetector(academicRecord, {
  valid: [
    "Students will take a field trip to the science museum.",
  ],
  invalid: [
    { text: "The Board will provide state assessment scores.", findings: [
      { quote: "state assessment scores", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
