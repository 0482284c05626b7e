import { testDetector } from '../../testing/detector-tester';
import educatorRecord from './educator-record';

testDetector(educatorRecord, {
  valid: [
    "Teachers will evaluate the new textbook.",
  ],
  invalid: [
    { text: "The district will share teacher evaluations linked to student scores.", findings: [
      { quote: "teacher evaluations", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
