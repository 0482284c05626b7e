import { testDetector } from '../../testing/detector-tester';
import studentId from './student-id';

testDetector(studentId, {
  valid: [
    "Each school has a unique identity and mission.",
    "Provider shall not request student ID numbers.",
  ],
  invalid: [
    { text: "Unique student identifier (SASID) | Mandatory", findings: [
      { quote: "Unique student identifier", messageId: 'requested', context: 'requested' },
    ] },
    { text: "Records will be linked using scrambled student identification numbers provided by the district.", findings: [
      { quote: "scrambled student identification numbers", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
