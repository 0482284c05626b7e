import { testDetector } from '../../testing/detector-tester';
import personName from './person-name';

testDetector(personName, {
  valid: [
    'The LEA will provide each student a laptop.',
    'This agreement is between the Lea County School District (the "District") and Acme, Inc. ("Provider"). Each student enrolled in the District receives an account.',
    'Principal Maria Lopez welcomed the board.',
    'The agreement was signed by Robert Chen, Superintendent.',
    'Students will use the library on Tuesdays.',
    'Maria Lopez presented the budget to the committee.',
  ],
  invalid: [
    { text: 'Our student Maria Lopez was absent on Monday.', findings: [{ quote: 'Maria Lopez', messageId: 'match' }] },
    { text: 'Jamal Washington, a 7th grader, was suspended for two days.', findings: [{ quote: 'Jamal Washington', messageId: 'match' }] },
  ],
});
