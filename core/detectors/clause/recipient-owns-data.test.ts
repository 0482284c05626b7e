import { testDetector } from '../../testing/detector-tester';
import recipientOwnsData from './recipient-owns-data';

const preamble = 'This Memorandum is between the Northfield Board of Education (the "Board") and Civic Learning Partners, Inc. ("CLP"). ';

testDetector(recipientOwnsData, {
  valid: [
    preamble + 'All student data shall remain the property of the Board.',
    preamble + 'CLP shall not own any student records provided under this Memorandum.',
    preamble + 'The Board owns the laptops purchased with grant funds.',
    'Provider shall not claim any license to student data, perpetual or otherwise.',
  ],
  invalid: [
    {
      text: preamble + 'All data and analyses produced under this Memorandum shall be the property of CLP.',
      findings: [{ quote: 'All data and analyses produced under this Memorandum shall be the property of CLP.', messageId: 'property' }],
    },
    {
      text: preamble + 'CLP will retain all right, title and interest in the data it compiles.',
      findings: [{ quote: 'CLP will retain all right, title and interest in the data it compiles.', messageId: 'owns' }],
    },
    {
      text: 'You grant us a perpetual, irrevocable license to use any content and student data you upload.',
      findings: [{ quote: 'You grant us a perpetual, irrevocable license to use any content and student data you upload.', messageId: 'license' }],
    },
  ],
});
