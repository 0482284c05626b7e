import { defineJurisdiction } from './jurisdiction';

export default defineJurisdiction({
  id: 'CA',
  name: 'California',
  law: 'California Education Code § 49073.1 (AB 1584)',
  requirements: [
    {
      protection: 'district-ownership',
      citation: 'Cal. Ed. Code 49073.1(b)(1)',
      requires: 'pupil records stay the property and under the control of the local educational agency',
      ask: 'Add: pupil records remain the property and under the control of the District.',
    },
    {
      protection: 'use-limitation',
      citation: 'Cal. Ed. Code 49073.1(b)(3)',
      requires: 'a ban on using pupil records for anything the contract does not require or allow',
      ask: 'Add: the vendor may not use any information in pupil records for any purpose other than those this contract requires or allows.',
    },
    {
      protection: 'parent-access',
      citation: 'Cal. Ed. Code 49073.1(b)(4)',
      requires: 'how parents, guardians or eligible pupils review and correct pupil records',
      ask: 'Describe how parents, guardians and eligible pupils can review and correct the records.',
    },
    {
      protection: 'security-safeguards',
      citation: 'Cal. Ed. Code 49073.1(b)(5)',
      requires: 'the actions the vendor takes to keep pupil records secure and confidential',
      ask: 'Describe the security measures the vendor takes to keep pupil records secure and confidential.',
    },
    {
      protection: 'staff-training',
      citation: 'Cal. Ed. Code 49073.1(b)(5)',
      requires: 'named responsible people, trained to keep pupil records secure',
      ask: 'Add: the vendor designates the people responsible for pupil records and trains them.',
    },
    {
      protection: 'breach-notification',
      citation: 'Cal. Ed. Code 49073.1(b)(6)',
      requires: 'the procedure for notifying affected parents, guardians or eligible pupils of an unauthorized disclosure',
      ask: 'Describe how the vendor will notify affected parents, guardians and eligible pupils of an unauthorized disclosure.',
      source: 'summary',
    },
    {
      protection: 'deletion-on-termination',
      citation: 'Cal. Ed. Code 49073.1(b)(7)',
      requires: 'a certification that pupil records are not kept once the contract is completed, and how that is enforced',
      ask: 'Add the vendor’s certification that it keeps no pupil records after the contract ends, and how the District can enforce it.',
      source: 'summary',
    },
    {
      protection: 'ferpa-compliance',
      citation: 'Cal. Ed. Code 49073.1(b)(8)',
      requires: 'how the district and the vendor will jointly ensure FERPA compliance',
      ask: 'Describe how the District and the vendor will jointly ensure compliance with FERPA.',
      source: 'summary',
    },
    {
      protection: 'advertising-profiling-ban',
      citation: 'Cal. Ed. Code 49073.1(b)(9)',
      requires: 'a ban on using pupil information for targeted advertising',
      ask: 'Add: the vendor will not use personally identifiable information in pupil records for targeted advertising.',
      source: 'summary',
    },
  ],
  caveats: [
    'Item (b)(2), how pupils keep and transfer the content they create, is not checked.',
    'A contract missing a required term can be made void if it is not fixed after notice (49073.1(c)); the exact cure wording was not confirmed.',
  ],
});
