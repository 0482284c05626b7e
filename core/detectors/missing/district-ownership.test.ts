import { testDetector } from '../../testing/detector-tester';
import districtOwnership from './district-ownership';

const PREAMBLE = 'This Agreement is between the Cedar Valley School District (the "LEA") and Lumen Learning, Inc. (the "Provider"). ';

testDetector(districtOwnership, {
  valid: [
    // ownership in other words, and a data owner that is no recipient
    { text: `${PREAMBLE}The LEA retains full ownership of all records it uploads.`, status: 'present' },
    { text: 'All rights in the shared files remain vested in the Regional Health Authority.', status: 'present' },
    { text: 'The enrollment data is the property of Northgate College and is lent for this study only.', status: 'present' },
    { text: `${PREAMBLE}All student data transmitted to the Provider is and will remain the property of and under the control of the LEA.`, status: 'present' },
    { text: 'As between the parties, you own all right, title and interest to all Student Data.', status: 'present' },
    { text: `${PREAMBLE}The LEA retains all right, title and interest in the student records.`, status: 'present' },
    { text: 'The score files are proprietary and confidential materials of the State Testing Office.', status: 'present' },
    { text: `${PREAMBLE}Nothing in this Agreement transfers to the Provider any right or title in the data the LEA supplies.`, status: 'present' },
  ],
  invalid: [
    { text: `${PREAMBLE}All data shall be the property of the Provider.`, status: 'missing', findings: [{ messageId: 'missing' }] },
    { text: `${PREAMBLE}The Provider shall keep student data confidential.`, status: 'missing', findings: [{ messageId: 'missing' }] },
    { text: `${PREAMBLE}The student data are proprietary and confidential materials of the Provider.`, status: 'missing', findings: [{ messageId: 'missing' }] },
  ],
});
