import { testDetector } from '../../testing/detector-tester';
import gradeLevel from './grade-level';

testDetector(gradeLevel, {
  valid: [
    "Adoption of a new grade 6 science textbook.",
  ],
  invalid: [
    { text: "The Board will provide the grade level of each student.", findings: [
      { quote: "grade level", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
