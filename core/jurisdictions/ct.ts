import { defineJurisdiction } from './jurisdiction';

export default defineJurisdiction({
  id: 'CT',
  name: 'Connecticut',
  law: 'Connecticut General Statutes §§ 10-234aa to 10-234dd (Student Data Privacy Act)',
  requirements: [
    {
      protection: 'district-ownership',
      citation: 'C.G.S. 10-234bb(a)(1)',
      requires: 'student information, records and student-generated content stay the property and under the control of the board of education',
      ask: 'Add: all student information, records and student-generated content remain the property and under the control of the Board.',
    },
    {
      protection: 'deletion-on-termination',
      citation: 'C.G.S. 10-234bb(a)(2) and (a)(7)',
      requires: 'a way for the board to have student data deleted, and no keeping the data after the contract ends',
      ask: 'Add a way for the Board to request deletion, and that the vendor keeps no student data once the contract ends.',
    },
    {
      protection: 'use-limitation',
      citation: 'C.G.S. 10-234bb(a)(3)',
      requires: 'no use of student data for any purpose other than those the contract allows',
      ask: 'Add: student data may not be used for any purpose other than those this contract authorizes.',
    },
    {
      protection: 'parent-access',
      citation: 'C.G.S. 10-234bb(a)(4)',
      requires: 'how a parent or eligible student can review and correct the data',
      ask: 'Describe how parents and eligible students can review and correct student data.',
    },
    {
      protection: 'security-safeguards',
      citation: 'C.G.S. 10-234bb(a)(5)',
      requires: 'the actions the vendor takes to keep student data secure and confidential',
      ask: 'Describe the security measures the vendor takes: encryption, access limits, staff training.',
    },
    {
      protection: 'breach-notification',
      citation: 'C.G.S. 10-234bb(a)(6) and 10-234dd',
      requires: 'notice of a breach of student information to the board no more than 30 days after discovering it',
      ask: 'Require notice to the Board without unreasonable delay and no more than 30 days after a breach of student information is discovered.',
      deadline: { limit: 30, unit: 'calendar days', duty: 'for notice to the board after a breach of student information is discovered' },
      source: 'summary',
    },
    {
      protection: 'ferpa-compliance',
      citation: 'C.G.S. 10-234bb(a)(8)',
      requires: 'how the board and the vendor will ensure FERPA compliance',
      ask: 'Describe how the Board and the vendor will together ensure compliance with FERPA.',
    },
  ],
  caveats: [
    'A breach of directory information, student records or student-generated content allows up to 60 days (C.G.S. 10-234dd, from district summaries); the list applies the 30-day limit for student information.',
    'Items (a)(9) (Connecticut law governs) and (a)(10) (severability) are not checked here; a clause naming another state’s law is flagged on its own.',
    'The board must post each new contract on its website within five business days: a district duty, not checked in the agreement.',
  ],
});
