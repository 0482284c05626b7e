import { testDetector } from '../../testing/detector-tester';
import birthdateValue from './birthdate-value';

testDetector(birthdateValue, {
  valid: [
    // A whole column of dates under a birth-date header is one finding from birthdate-element, not one per cell.
    {
      text: [
        { text: 'Name', cell: { table: 0, row: 0, column: 0, header: 'Name' }, after: ' ' },
        { text: 'Birth Date', cell: { table: 0, row: 0, column: 1, header: 'Birth Date' } },
        { text: 'K. Osei', cell: { table: 0, row: 1, column: 0, header: 'Name' }, after: ' ' },
        { text: '2011-11-03', cell: { table: 0, row: 1, column: 1, header: 'Birth Date' } },
      ],
    },
    'This Agreement is effective 07/01/2024 and ends 06/30/2027.',
    'The board met on March 4, 2025 to discuss the budget.',
    'DOB: 02/30/2011',
    'Version 3.12.2019 of the form replaces the earlier one.',
  ],
  invalid: [
    { text: 'Student: Ana Ruiz, DOB 04/17/2012, grade 6', findings: [{ quote: '04/17/2012', messageId: 'match' }] },
    { text: 'Date of birth: March 9, 2013', findings: [{ quote: 'March 9, 2013', messageId: 'match' }] },
    { text: 'Born December 18, 2012 in Hartford.', findings: [{ quote: 'December 18, 2012', messageId: 'match' }] },
    { text: 'DOB: 2014-06-02\nThe agreement is effective July 1, 2025.', findings: [{ quote: '2014-06-02', messageId: 'match' }] },
  ],
});
