import type { CategoryId } from '../taxonomy';

/**
 * Contract sentences for missing protections whose fix is an insertion: the checklist's "Add: ..." asks
 * (core/taxonomy.ts) worded as a clause, so a marked-up Word copy can carry them as tracked insertions the
 * vendor accepts or rejects. Protections whose fix needs a choice (which FERPA exception, which audit
 * rights) get a comment only.
 */
export const SUGGESTED_WORDING: Partial<Record<CategoryId, string>> = {
  'breach-notification':
    'The Recipient shall notify the District within 72 hours of discovering any unauthorized access to or disclosure of student data, and shall help the District notify the affected families.',
  'deletion-on-termination':
    'Within 30 days of the end of this agreement, or on the District\'s request, the Recipient shall return or destroy all student data and certify the destruction in writing.',
  'district-ownership': 'All student data remain the property and under the control of the District.',
  'use-limitation': 'The Recipient may use student data only for the purposes stated in this agreement.',
  'redisclosure-ban': 'The Recipient shall not disclose student data to any third party without the District\'s prior written authorization.',
  'reidentification-ban': 'The Recipient shall not attempt to re-identify de-identified data or link it to other data.',
};
