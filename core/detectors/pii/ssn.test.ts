import { testDetector } from '../../testing/detector-tester';
import ssn from './ssn';

testDetector(ssn, {
  valid: [
    'Call the front office at 203-555-0142 for a visitor badge.',
    'Invoice number 123456780 is due within thirty days.',
    'Area numbers such as 666-12-3456 and 912-34-5678 are never issued.',
    'The ISBN of the workbook is 978-0-13-468599-1.',
  ],
  invalid: [
    { text: 'Student SSN: 512-44-8830', findings: [{ quote: '512-44-8830', messageId: 'match' }] },
    { text: 'Social Security Number 512448830 (on file)', findings: [{ quote: '512448830', messageId: 'match' }] },
    { text: 'Roster row: Dana Whitfield, 402 11 7305, grade 7', findings: [{ quote: '402 11 7305', messageId: 'match' }] },
  ],
});
