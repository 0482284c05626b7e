import { testDetector } from '../../testing/detector-tester';
import indefiniteRetention from './indefinite-retention';

testDetector(indefiniteRetention, {
  valid: [
    "Provider shall delete student data within 30 days after the agreement ends.",
    "The Provider will not retain student data after termination.",
    "The District will keep its records as required by state law.",
    "Backup copies are erased within 30 days after the account is closed.",
  ],
  invalid: [
    { text: "Uploaded files may be retained by the company for technical, legal or other reasons.", findings: [{ quote: "Uploaded files may be retained by the company for technical, legal or other reasons.", messageId: 'reasons' }] },
    { text: "The license you give us to your class content continues after termination of this agreement.", findings: [{ quote: "The license you give us to your class content continues after termination of this agreement.", messageId: 'survives' }] },
    { text: "Even after you close the account, some of your child's details may remain on our backup servers.", findings: [{ quote: "Even after you close the account, some of your child's details may remain on our backup servers.", messageId: 'remains' }] },
    { text: "Removed student records are hidden from teachers but not purged.", findings: [{ quote: "Removed student records are hidden from teachers but not purged.", messageId: 'remains' }] },
    { text: "The vendor may store uploaded data for business or other purposes.", findings: [{ quote: "The vendor may store uploaded data for business or other purposes.", messageId: 'reasons' }] },
    { text: "We may retain and use information about students, including information that has been aggregated or anonymized, indefinitely.", findings: [{ quote: "We may retain and use information about students, including information that has been aggregated or anonymized, indefinitely.", messageId: 'keep' }] },
    { text: "The vendor retains student information for as long as accounts are active, to fulfill its legitimate business purposes.", findings: [{ quote: "The vendor retains student information for as long as accounts are active, to fulfill its legitimate business purposes.", messageId: 'keep' }] },
    { text: "NCSR may retain the data after termination for its records.", findings: [{ quote: "NCSR may retain the data after termination for its records.", messageId: 'keep' }] },
    { text: "We may keep your information indefinitely.", findings: [{ quote: "We may keep your information indefinitely.", messageId: 'keep' }] },
  ],
});
