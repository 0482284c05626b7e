import { testDetector } from '../../testing/detector-tester';
import studentIdValue from './student-id-value';

testDetector(studentIdValue, {
  valid: [
    'Each record carries a student ID assigned by the state.',
    'The SASID field is mandatory.',
    'Invoice number 1029384756 is due.',
    'Student number 12 on the list was absent.',
  ],
  invalid: [
    { text: 'Student ID: 4827719 (grade 5)', findings: [{ quote: '4827719', messageId: 'match' }] },
    { text: 'Please correct the record for SASID 1093847562 today.', findings: [{ quote: '1093847562', messageId: 'match' }] },
    { text: 'Pupil number MB-204418 transferred in March.', findings: [{ quote: 'MB-204418', messageId: 'match' }] },
  ],
});
