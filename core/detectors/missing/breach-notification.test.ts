import { testDetector } from '../../testing/detector-tester';
import breachNotification from './breach-notification';

testDetector(breachNotification, {
  valid: [
    { text: 'Provider shall notify the District within 72 hours of discovering any unauthorized access to student data.', status: 'present' },
    { text: 'In the event of a security breach, the Contractor will inform the LEA no later than five business days after discovery.', status: 'present' },
  ],
  invalid: [
    {
      text: 'Provider will promptly notify the District of any data breach.',
      status: 'weak',
      findings: [{ quote: 'Provider will promptly notify the District of any data breach.', messageId: 'weak' }],
    },
    { text: 'Provider will use student data only to deliver the Services.', status: 'missing', findings: [{ messageId: 'missing' }] },
    {
      text: 'Either party may end this Agreement for material breach on 30 days written notice, and the data shall be destroyed within 7 days.',
      status: 'missing',
      findings: [{ messageId: 'missing' }],
    },
    {
      text: 'Provider need not notify the District of any incident involving student data.',
      status: 'missing',
      findings: [{ messageId: 'missing' }],
    },
  ],
});
