import { testDetector } from '../../testing/detector-tester';
import excessiveCollection from './excessive-collection';

testDetector(excessiveCollection, {
  valid: [
    "The Provider will collect only the data listed in Exhibit B.",
    "The District will not provide any and all records without review.",
  ],
  invalid: [
    { text: "The Board will provide student-level records for every student enrolled in the district.", findings: [{ quote: "The Board will provide student-level records for every student enrolled in the district.", messageId: 'all' }] },
  ],
});
