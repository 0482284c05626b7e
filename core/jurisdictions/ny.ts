import { defineJurisdiction } from './jurisdiction';

export default defineJurisdiction({
  id: 'NY',
  name: 'New York',
  law: 'New York Education Law § 2-d and 8 NYCRR Part 121',
  requirements: [
    {
      protection: 'ny-bill-of-rights',
      citation: 'Educ. Law § 2-d; 8 NYCRR 121.3',
      requires: 'the district’s Parents’ Bill of Rights for Data Privacy and Security, with this contract’s supplemental information, made part of the contract',
      ask: 'Attach the District’s Parents’ Bill of Rights and the supplemental information for this contract, signed by the vendor.',
    },
    {
      protection: 'use-limitation',
      citation: '8 NYCRR 121.3(c)(1)',
      requires: 'the exclusive purposes the data will be used for',
      ask: 'State the exclusive purposes for which the vendor may use student data, and no others.',
    },
    {
      protection: 'subprocessor-flowdown',
      citation: '8 NYCRR 121.3(c)(2) and 121.6(a)(5)',
      requires: 'how subcontractors are held to the same data-protection and security duties',
      ask: 'Add: any subcontractor is bound in writing by the same privacy and security duties as the vendor, and the vendor answers for it.',
    },
    {
      protection: 'duration',
      citation: '8 NYCRR 121.3(c)(3)',
      requires: 'the contract’s duration, with its expiration date',
      ask: 'State the contract’s start and expiration dates.',
    },
    {
      protection: 'deletion-on-termination',
      citation: '8 NYCRR 121.3(c)(3) and 121.6(a)(7)',
      requires: 'whether, when and how the data are returned, moved to a new vendor or destroyed when the contract ends',
      ask: 'Say when and how the data will be returned or destroyed at the end of the contract, with written confirmation.',
      deadline: { unit: 'calendar days', duty: 'to return or destroy the data when the contract ends' },
    },
    {
      protection: 'parent-access',
      citation: '8 NYCRR 121.3(c)(4)',
      requires: 'how a parent or eligible student can challenge the accuracy of the data',
      ask: 'Describe how parents and eligible students can challenge the accuracy of the data, through the District.',
    },
    {
      protection: 'security-safeguards',
      citation: '8 NYCRR 121.3(c)(5) and 121.6(a)(2)',
      requires: 'where the data are stored and the safeguards that protect them',
      ask: 'Describe where the data are stored and the administrative, technical and physical safeguards in place.',
    },
    {
      protection: 'encryption',
      citation: '8 NYCRR 121.3(c)(6)',
      requires: 'encryption in motion and at rest',
      ask: 'Add: student data are encrypted in motion and at rest, to the standard the U.S. Department of Health and Human Services sets for protected health information.',
    },
    {
      protection: 'security-plan',
      citation: '8 NYCRR 121.6(a)',
      requires: 'the vendor’s data security and privacy plan, accepted by the district, as part of the contract',
      ask: 'Attach the vendor’s data security and privacy plan and make it part of the contract.',
    },
    {
      protection: 'staff-training',
      citation: '8 NYCRR 121.6(a)(4)',
      requires: 'training on federal and state confidentiality law before staff or assignees get access',
      ask: 'Add: everyone with access to student data is trained on federal and state privacy law before getting access.',
    },
    {
      protection: 'breach-notification',
      citation: '8 NYCRR 121.10(a)',
      requires: 'notice to the district of a breach no more than 7 calendar days after discovering it',
      ask: 'Require notice to the District without unreasonable delay and no more than 7 calendar days after a breach is discovered.',
      deadline: { limit: 7, unit: 'calendar days', duty: 'for notice to the district after a breach is discovered' },
    },
    {
      protection: 'commercial-use-ban',
      // The contractor duties are in Part 121's contractor standards; the digest could not confirm their section number.
      citation: 'Educ. Law § 2-d; 8 NYCRR 121.1(c) (commercial or marketing purpose)',
      requires: 'no sale of student data and no use for marketing, advertising or developing products',
      ask: 'Add: the vendor will not sell student data or use it for any commercial or marketing purpose, including improving its products.',
      source: 'summary',
    },
    {
      protection: 'redisclosure-ban',
      citation: 'Educ. Law § 2-d; 8 NYCRR Part 121 (contractor standards)',
      requires: 'no disclosure without parent consent, except to representatives carrying out the contract, or under a law or court order with notice to the district',
      ask: 'Add: no disclosure without written parent consent, except to those carrying out this contract, or as a law or court order requires, with notice to the District.',
      source: 'summary',
    },
    {
      protection: 'breach-cost-allocation',
      citation: '8 NYCRR 121.10 (subdivision not confirmed)',
      requires: 'the vendor pays the full cost of notifying families of a breach it caused',
      ask: 'Add: the vendor pays or reimburses the District’s full cost of notifying families of a breach attributed to the vendor.',
      source: 'summary',
    },
    {
      protection: 'ferpa-compliance',
      citation: '8 NYCRR 121.2(c)',
      requires: 'the data kept confidential under federal and state law and the district’s privacy policy',
      ask: 'Add: the vendor keeps student data confidential as FERPA, Education Law § 2-d and the District’s data security and privacy policy require.',
    },
  ],
  caveats: [
    'The district must publish the Parents’ Bill of Rights and each contract’s supplemental information on its website (8 NYCRR 121.3): a district duty, not checked in the agreement.',
    'District security policies must follow the NIST Cybersecurity Framework; the move to version 2.0 by 1 September 2026 comes from a summary, not the amended regulation: not checked.',
  ],
});
