import { defineJurisdiction } from './jurisdiction';

// The list every agreement is checked against, with or without a state. It sets no deadlines of its own:
// FERPA fixes none for breach notice or deletion, and the NDPA's breach-notice hours were not confirmed.
export default defineJurisdiction({
  id: 'US',
  name: 'Federal law',
  law: 'FERPA (34 CFR Part 99), PTAC model terms and the SDPC National Data Privacy Agreement',
  requirements: [
    {
      protection: 'district-ownership',
      citation: 'FERPA 34 CFR 99.31(a)(1)(i)(B)(2); SDPC National DPA',
      requires: 'the records stay under the district’s direct control',
      ask: 'Add: "All student data remain the property and under the control of the District."',
    },
    {
      protection: 'use-limitation',
      citation: 'FERPA 34 CFR 99.33(a)(2)',
      requires: 'the records are used only for the purposes they were shared for',
      ask: 'Add: the recipient may use student data only for the purposes stated in this agreement.',
    },
    {
      protection: 'redisclosure-ban',
      citation: 'FERPA 34 CFR 99.33(a)(1)',
      requires: 'no passing the records on without the district’s authorization',
      ask: 'Add: no disclosure to any third party without the District’s prior written authorization.',
    },
    {
      protection: 'security-safeguards',
      citation: 'FERPA 34 CFR 99.31(a)(1)(ii); SDPC National DPA art. V',
      requires: 'reasonable methods that keep the records away from people who do not need them',
      ask: 'Add concrete duties: encryption in transit and at rest, access limited to named staff, training, and audits.',
    },
    {
      protection: 'breach-notification',
      citation: 'SDPC National DPA art. V (FERPA sets no breach-notice deadline)',
      requires: 'notice to the district after unauthorized access, with a deadline',
      ask: 'Add notice to the District within 72 hours of discovering unauthorized access, and help notifying families.',
    },
    {
      protection: 'deletion-on-termination',
      citation: 'FERPA 34 CFR 99.31(a)(6)(iii)(C)(4) (studies); SDPC National DPA exhibit D',
      requires: 'the records are destroyed or returned when the work ends',
      ask: 'Add: return or destroy all student data within 30 days of the end of the agreement or on request, with written certification.',
    },
    {
      protection: 'parent-access',
      citation: 'FERPA 34 CFR 99.10 and 99.20',
      requires: 'parents can see and ask to correct their child’s records',
      ask: 'Add a way for parents to review and correct their child’s records through the District.',
    },
    {
      protection: 'ferpa-compliance',
      citation: 'FERPA 34 CFR 99.31(a)(1)(i)(B) or 99.31(a)(6)',
      requires: 'a named FERPA exception, with the recipient under the district’s direct control',
      ask: 'Name the FERPA exception relied on and put the recipient under the District’s direct control.',
    },
    {
      protection: 'reidentification-ban',
      citation: 'PTAC de-identification guidance; SDPC National DPA',
      requires: 'no attempt to re-identify de-identified data',
      ask: 'Add: the recipient shall not attempt to re-identify de-identified data or link it to other data.',
    },
    {
      protection: 'audit-rights',
      citation: 'SDPC National DPA; FERPA 34 CFR 99.35(a)(2) (direct control)',
      requires: 'the district may check that the promises are kept',
      ask: 'Add the District’s right to audit or inspect compliance on reasonable notice.',
    },
    {
      protection: 'duration',
      citation: 'FERPA 34 CFR 99.31(a)(6)(iii)(C)(1) (studies); PTAC model terms',
      requires: 'a stated term or end date',
      ask: 'State the term of the agreement and when access to data ends.',
    },
  ],
  caveats: [],
});
