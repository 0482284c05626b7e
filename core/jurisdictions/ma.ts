import { defineJurisdiction } from './jurisdiction';

// Massachusetts has no statute listing the terms of a vendor agreement (as far as the digest found); these
// are the general rules a vendor agreement must still respect.
export default defineJurisdiction({
  id: 'MA',
  name: 'Massachusetts',
  law: '603 CMR 23.00 (student records), 201 CMR 17.00 and M.G.L. c. 93H',
  requirements: [
    {
      protection: 'use-limitation',
      citation: '603 CMR 23.02 (authorized school personnel)',
      requires: 'a vendor working under a school contract gets only the record information its duties need',
      ask: 'Add: the vendor receives and uses only the student record information its duties under this agreement need.',
    },
    {
      protection: 'security-safeguards',
      citation: '201 CMR 17.03(2)(f)',
      requires: 'the contract requires the service provider to keep appropriate security measures for personal information',
      ask: 'Add: the vendor implements and maintains appropriate security measures for personal information, named concretely.',
      source: 'summary',
    },
    {
      protection: 'breach-notification',
      citation: 'M.G.L. c. 93H § 3(a)',
      requires: 'notice to the data’s owner of a breach as soon as practicable and without unreasonable delay',
      ask: 'Require notice to the District as soon as practicable and without unreasonable delay, with a number of days (the Massachusetts model DPA uses 10).',
      source: 'summary',
    },
  ],
  caveats: [
    'Massachusetts has no statute listing required contract terms among the sources read; a bill may be pending.',
    'The 10-day breach notice in the Massachusetts model DPA is a model term, not law, and is not applied.',
  ],
});
