import { testDetector } from '../../testing/detector-tester';
import birthdateElement from './birthdate-element';

testDetector(birthdateElement, {
  valid: [
    "Contractor shall not disclose to other agencies or to their own contractors any student records, for instance addresses, dates of birth or test scores, without the Board's approval.",
    "The district celebrates the birth of its new early-college program.",
    "Dobson Elementary will host the spring concert.",
    "The data will not include dates of birth.",
  ],
  invalid: [
    { text: "Student birthdate (Mandatory)", findings: [
      { quote: "birthdate", messageId: 'requested', context: 'requested' },
    ] },
    { text: "Fields requested: name, date of birth, and grade.", findings: [
      { quote: "date of birth", messageId: 'requested', context: 'requested' },
    ] },
    // every form of a request verb counts, irregular ones too ("uploads", "sent")
    { text: "Each night the vendor uploads the students' dates of birth to its portal.", findings: [
      { quote: "dates of birth", messageId: 'requested', context: 'requested' },
    ] },
    { text: "Last year the school sent every student's date of birth to the testing company.", findings: [
      { quote: "date of birth", messageId: 'requested', context: 'requested' },
    ] },
    {
      text: [
        { text: 'Name', cell: { table: 0, row: 0, column: 0, header: 'Name' }, after: ' ' },
        { text: 'DOB', cell: { table: 0, row: 0, column: 1, header: 'DOB' } },
        { text: 'K. Osei', cell: { table: 0, row: 1, column: 0, header: 'Name' }, after: ' ' },
        { text: '2011-11-03', cell: { table: 0, row: 1, column: 1, header: 'DOB' } },
        { text: 'L. Park', cell: { table: 0, row: 2, column: 0, header: 'Name' }, after: ' ' },
        { text: '2012-01-19', cell: { table: 0, row: 2, column: 1, header: 'DOB' } },
      ],
      findings: [{ quote: '2011-11-03', messageId: 'column', count: 2 }],
    },
  ],
});
