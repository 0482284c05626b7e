import { testDetector } from '../../testing/detector-tester';
import phone from './phone';

testDetector(phone, {
  valid: [
    // the organization's own lines: toll-free, a fax, an invitation to call, beside its own mailbox
    'Families may call our help line, 1-888-402-7716, on weekdays.',
    'Fax: 415-882-6120',
    'For account help email support@brightlearn.io or dial 415-882-6121.',
    'With questions about these terms, call us at (612) 330-4410.',
    'Student SSN: 512-44-8830',
    'Invoice 2035550142 was paid in full.',
    'Section 4.2.1 covers 100 students in 12 schools.',
    'Dial 911 or 411 for help; the fiscal year is 2025-2026.',
    'The account number is 1234567890 and the routing code follows.',
  ],
  invalid: [
    { text: 'Parent cell: (203) 481-7720', findings: [{ quote: '(203) 481-7720', messageId: 'match' }] },
    // in a table, a value's context is its own column's header, not the cells beside it ("PO Box")
    {
      text: [
        { text: 'Mailing', cell: { table: 0, row: 0, column: 0, header: 'Mailing' }, after: ' ' },
        { text: 'Contact', cell: { table: 0, row: 0, column: 1, header: 'Contact' } },
        { text: 'PO Box 12', cell: { table: 0, row: 1, column: 0, header: 'Mailing' }, after: ' ' },
        { text: '2034817720', cell: { table: 0, row: 1, column: 1, header: 'Contact' } },
      ],
      findings: [{ quote: '2034817720', messageId: 'match' }],
    },
    { text: 'Call the guardian at 860.342.1187 after school.', findings: [{ quote: '860.342.1187', messageId: 'match' }] },
    { text: 'Emergency contact phone 4753920184', findings: [{ quote: '4753920184', messageId: 'match' }] },
    { text: 'Home: +1 203-774-2291', findings: [{ quote: '+1 203-774-2291', messageId: 'match' }] },
  ],
});
