import { defineJurisdiction } from './jurisdiction';

export default defineJurisdiction({
  id: 'IL',
  name: 'Illinois',
  law: 'Illinois Student Online Personal Protection Act (SOPPA), 105 ILCS 85',
  requirements: [
    {
      protection: 'ferpa-compliance',
      citation: '105 ILCS 85/15(4)(C)',
      requires: 'a statement that the vendor acts as a school official with a legitimate educational interest, under the school’s direct control',
      ask: 'Add the statement that, under FERPA, the vendor acts as a school official with a legitimate educational interest and is under the school’s direct control.',
      source: 'summary',
    },
    {
      protection: 'use-limitation',
      citation: '105 ILCS 85/15(4)(C)',
      requires: 'covered information used only for an authorized purpose',
      ask: 'Add: the vendor uses covered information only for the purposes this agreement authorizes.',
      source: 'summary',
    },
    {
      protection: 'redisclosure-ban',
      citation: '105 ILCS 85/15(4)(C)',
      requires: 'no re-disclosure to third parties or affiliates without the school’s permission or a court order',
      ask: 'Add: no re-disclosure to any third party or affiliate without the school’s permission or a court order.',
      source: 'summary',
    },
    {
      protection: 'breach-cost-allocation',
      citation: '105 ILCS 85/15(4)(D)',
      requires: 'who pays the school’s costs of investigating and fixing a breach the vendor caused, such as notice and credit monitoring',
      ask: 'Add how breach costs caused by the vendor are split: notifying families, credit monitoring, legal fees and audits.',
      source: 'summary',
    },
    {
      protection: 'deletion-on-termination',
      citation: '105 ILCS 85/15(4)(E)',
      requires: 'deletion or return of covered information once it is no longer needed, within a time period the agreement states',
      ask: 'Add the number of days within which the vendor deletes or returns covered information once it is no longer needed.',
      deadline: { unit: 'calendar days', duty: 'to delete or return the data once they are no longer needed' },
      source: 'summary',
    },
    {
      protection: 'security-safeguards',
      citation: '105 ILCS 85/15(1)',
      requires: 'security procedures and practices that meet or exceed industry standards',
      ask: 'Add security procedures that meet or exceed industry standards, named concretely: encryption, access limits, training.',
    },
    {
      protection: 'breach-notification',
      citation: '105 ILCS 85/15(5)',
      requires: 'notice to the school no more than 30 calendar days after a breach is determined',
      ask: 'Require notice to the school without unreasonable delay and no more than 30 calendar days after a breach is determined.',
      deadline: { limit: 30, unit: 'calendar days', duty: 'for notice to the school after a breach is determined' },
      source: 'unconfirmed',
    },
    {
      protection: 'subprocessor-list',
      citation: '105 ILCS 85/15(6)',
      requires: 'a list of the third parties and affiliates that receive covered information, updated at the start of each fiscal and calendar year',
      ask: 'Add: the vendor gives the school a list of the third parties and affiliates that receive covered information, updated twice a year.',
      source: 'summary',
    },
    {
      protection: 'advertising-profiling-ban',
      citation: '105 ILCS 85/10',
      requires: 'no targeted advertising and no student profiles beyond school purposes',
      ask: 'Add: no targeted advertising and no student profiles except for K-12 school purposes.',
    },
    {
      protection: 'commercial-use-ban',
      citation: '105 ILCS 85/10',
      requires: 'no selling or renting covered information',
      ask: 'Add: the vendor will not sell or rent covered information.',
      source: 'unconfirmed',
    },
  ],
  caveats: [
    'The agreement must also list the categories of covered information (15(4)(A)), describe the product or service (15(4)(B)) and say the school will publish it (15(4)(F)): not checked.',
    'The school posts each new agreement within 10 business days of signing (from summaries): a district duty, not checked.',
  ],
});
