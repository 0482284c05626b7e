import { testDetector } from '../../testing/detector-tester';
import academicRecord from './academic-record';

testDetector(academicRecord, {
  valid: [
    "Students will take a field trip to the science museum.",
    "The tutoring covers grades 4 and 8.",
  ],
  invalid: [
    { text: "Teachers see each child's quiz scores and the app stores student responses to every question.", findings: [
      { quote: "quiz scores", messageId: 'requested', context: 'requested' },
      { quote: "student responses", messageId: 'requested', context: 'requested' },
    ] },
    { text: "We record grades and learning progress for every class.", findings: [
      { quote: "grades", messageId: 'requested', context: 'requested' },
      { quote: "learning progress", messageId: 'requested', context: 'requested' },
    ] },
    { text: "The Board will provide state assessment scores.", findings: [
      { quote: "state assessment scores", messageId: 'requested', context: 'requested' },
    ] },
  ],
});
