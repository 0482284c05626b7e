import { defineJurisdiction } from './jurisdiction';

// C.R.S. 22-16-107(2)(a): every contract must require the provider to comply with 22-16-108 to -110.
export default defineJurisdiction({
  id: 'CO',
  name: 'Colorado',
  law: 'Colorado Student Data Transparency and Security Act, C.R.S. 22-16-101 et seq.',
  requirements: [
    {
      protection: 'use-limitation',
      citation: 'C.R.S. 22-16-109(1)',
      requires: 'student data collected, used and shared only for the purposes the contract authorizes, or with consent',
      ask: 'Add: the provider collects, uses and shares student data only for purposes this contract authorizes.',
    },
    {
      protection: 'commercial-use-ban',
      citation: 'C.R.S. 22-16-109(2)(a)',
      requires: 'no sale of student data',
      ask: 'Add: the provider will not sell student data.',
    },
    {
      protection: 'advertising-profiling-ban',
      citation: 'C.R.S. 22-16-109(2)(b)-(c)',
      requires: 'no targeted advertising to students and no personal profiles beyond authorized school purposes',
      ask: 'Add: no targeted advertising to students and no student profiles except for purposes the District authorizes.',
    },
    {
      protection: 'parent-access',
      citation: 'C.R.S. 22-16-108(3)',
      requires: 'help with access to and correction of inaccurate student data',
      ask: 'Add: the provider helps the District give parents access to student data and correct inaccurate data.',
    },
    {
      protection: 'breach-notification',
      citation: 'C.R.S. 22-16-108(4)',
      requires: 'notice to the district on discovering misuse or unauthorized release, including by a subcontractor',
      ask: 'Require notice to the District on discovering misuse or unauthorized release of student data, by the provider or a subcontractor, within a stated number of days.',
    },
    {
      protection: 'security-safeguards',
      citation: 'C.R.S. 22-16-110',
      requires: 'a comprehensive information security program',
      ask: 'Add: the provider keeps a comprehensive information security program protecting student data.',
      source: 'unconfirmed',
    },
    {
      protection: 'subprocessor-flowdown',
      citation: 'C.R.S. 22-16-110',
      requires: 'disclosure to subcontractors only if they are bound by the same duties',
      ask: 'Add: subcontractors get student data only if bound by the same duties as the provider.',
      source: 'unconfirmed',
    },
  ],
  caveats: [
    'The provider must also explain the data elements it collects (22-16-108(1)) and give notice before material changes to its privacy policy (22-16-108(2)): not checked.',
    'The breach-notice deadline in 22-16-108(4) could not be read; no number is applied.',
  ],
});
