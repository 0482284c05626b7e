import { defineJurisdiction } from './jurisdiction';

// Texas sets duties on operators by statute rather than a list of contract terms; the checklist asks the
// agreement to carry them, so the district can enforce them.
export default defineJurisdiction({
  id: 'TX',
  name: 'Texas',
  law: 'Texas Education Code §§ 32.151-32.157 (student information and operators)',
  requirements: [
    {
      protection: 'advertising-profiling-ban',
      citation: 'Tex. Educ. Code 32.152(a)(1)-(2)',
      requires: 'no targeted advertising and no student profiles except for a school purpose',
      ask: 'Add: no targeted advertising and no student profiles except for a school purpose.',
    },
    {
      protection: 'commercial-use-ban',
      citation: 'Tex. Educ. Code 32.152(a)(3)',
      requires: 'no selling or renting a student’s covered information',
      ask: 'Add: the vendor will not sell or rent student information.',
    },
    {
      protection: 'use-limitation',
      citation: 'Tex. Educ. Code 32.153',
      requires: 'covered information used or disclosed only for a school purpose and the other uses the law lists',
      ask: 'Add: student information is used or disclosed only to further a school purpose of this agreement.',
    },
    {
      protection: 'security-safeguards',
      citation: 'Tex. Educ. Code 32.155(a)',
      requires: 'reasonable security procedures and practices against unauthorized access, deletion, use or disclosure',
      ask: 'Add concrete security procedures: encryption, access limits, staff training.',
    },
  ],
  caveats: [
    'The education statute as read sets no vendor breach-notice deadline; the general breach law (Bus. & Com. Code 521.053) gives individuals 60 days. Not applied here.',
    'Deletion on request (32.154) could not be confirmed and is not checked; neither is the TSDS unique identifier that TEA-approved operators must use (32.155(b)).',
  ],
});
