// The public vocabulary of findings. Ids mirror ../shared/taxonomy.md (a test keeps the two in step);
// never rename one: reports, CLI options, Slack summaries and extension settings all carry them.

export type Kind = 'pii' | 'clause' | 'missing';
export type Severity = 'high' | 'medium' | 'low';

export interface Category {
  id: string;
  kind: Kind;
  title: string;
  severity: Severity;
  /** One plain-language line: why a board member should care. */
  why: string;
  /** The law or model term behind the flag. */
  basis: string;
  /** What to ask for instead. */
  ask: string;
}

const FERPA_PII = 'FERPA, 34 CFR 99.3 (personally identifiable information)';
const AGGREGATE = 'Ask for aggregate counts with small cells (under 10 students) suppressed, or drop the field.';

const pii = (
  id: string,
  title: string,
  severity: Severity,
  why: string,
  basis: string,
  ask: string = AGGREGATE,
): Category => ({ id, kind: 'pii', title, severity, why, basis, ask });

const clause = (id: string, title: string, severity: Severity, why: string, basis: string, ask: string): Category => ({
  id,
  kind: 'clause',
  title,
  severity,
  why,
  basis,
  ask,
});

const missing = (id: string, title: string, severity: Severity, why: string, basis: string, ask: string): Category => ({
  id,
  kind: 'missing',
  title,
  severity,
  why,
  basis,
  ask,
});

// Categories whose matched text is itself a child's or family's value (a name, a number, an address), so
// reports mask it; the rest name kinds of data ("IEP status"), which are shown as written.
const VALUE_CATEGORIES: ReadonlySet<string> = new Set([
  'student-name', 'family-name', 'student-id', 'ssn', 'birthdate', 'address', 'phone', 'email', 'online-identifier', 'financial-account',
]);

export function holdsValues(id: CategoryId): boolean {
  return VALUE_CATEGORIES.has(id);
}

export const CATEGORIES = [
  pii('student-name', 'Student names', 'high', 'A name identifies a child directly.', `${FERPA_PII}: a student's name`,
    'Share records under a district-held pseudonym instead of names.'),
  pii('family-name', 'Parent or family names', 'medium', "A parent's name identifies the child through the family.",
    `${FERPA_PII}: names of the student's parent or other family members`,
    'Leave family names out unless the work cannot be done without contacting families.'),
  pii('student-id', 'Student identifiers', 'high', 'A unique id links a child across every record that carries it.',
    `${FERPA_PII}: a personal identifier such as a student number`,
    'Share a district-held pseudonym key instead of real student ids.'),
  pii('ssn', 'Social Security numbers', 'high', 'An SSN enables identity theft and links a child to every other database.',
    `${FERPA_PII}: Social Security number; many states bar schools from sharing it`,
    'Never share SSNs; remove the field.'),
  pii('birthdate', 'Birthdates', 'high', 'Birthdate with grade, sex or ZIP singles out most children.',
    `${FERPA_PII}: indirect identifiers such as date and place of birth`,
    'Share age in years or grade only, never the full date.'),
  pii('address', 'Home addresses', 'high', 'A home address says where a child sleeps.',
    `${FERPA_PII}: the address of the student or family`,
    'Share ZIP code or attendance zone at most, not street addresses.'),
  pii('phone', 'Phone numbers', 'medium', 'A phone number reaches the child or family directly.',
    `${FERPA_PII}: contact information (directory information only if the district designated it and families could opt out)`,
    'Leave phone numbers out unless the agreement is for contacting families with their consent.'),
  pii('email', 'Email addresses', 'medium', 'An email address identifies and reaches a child or family.',
    `${FERPA_PII}: contact information; COPPA treats a child's email as personal information`,
    'Leave email addresses out, or use district-issued pseudonymous accounts.'),
  pii('online-identifier', 'Online identifiers', 'medium', 'Logins, IP addresses and device ids track a child across services.',
    'COPPA, 16 CFR 312.2: persistent identifiers are personal information; FERPA 34 CFR 99.3',
    'Limit collection to what the service needs to run, and forbid tracking across other sites.'),
  pii('biometric', 'Biometric data', 'high', 'Fingerprints, face or voice data cannot be changed once leaked.',
    `${FERPA_PII}: biometric record (34 CFR 99.3); state biometric privacy laws`,
    'Refuse biometric collection, or require explicit written parent consent for it.'),
  pii('photo-video', 'Photos and recordings', 'medium', 'Images and recordings identify children and can be reused out of context.',
    `${FERPA_PII}: photographs and recordings directly related to a student are education records`,
    'Limit recordings to the stated purpose, with parent consent, and require deletion.'),
  pii('geolocation', 'Precise location', 'high', 'Precise location tells where a child is.',
    'COPPA, 16 CFR 312.2: geolocation sufficient to identify a street and city',
    'Forbid collection of precise location.'),
  pii('gender', 'Sex or gender', 'low', 'Alone it is broad, but combined with birthdate and grade it helps single out a child.',
    `${FERPA_PII}: indirect identifiers that make a student identifiable in combination`, AGGREGATE),
  pii('race-ethnicity', 'Race and ethnicity', 'medium', 'Race or home language in small groups can single out a child.',
    `${FERPA_PII}: indirect identifiers; Title VI sensitive characteristics`, AGGREGATE),
  pii('grade-level', 'Grade level', 'low', 'Grade narrows a child to a small group when combined with other fields.',
    `${FERPA_PII}: indirect identifiers that make a student identifiable in combination`, AGGREGATE),
  pii('enrollment-history', 'Enrollment history', 'medium', 'Schools attended and dates trace where a child has lived and learned.',
    `${FERPA_PII}: education records (34 CFR 99.3)`, AGGREGATE),
  pii('academic-record', 'Academic records', 'medium', 'Grades, scores and retention are the heart of the education record.',
    'FERPA, 34 CFR 99.3: education records; disclosure needs consent or an exception in 34 CFR 99.31', AGGREGATE),
  pii('disability-iep', 'Disability and IEP status', 'high', 'Special-education status is among the most sensitive facts about a child.',
    'IDEA, 34 CFR 300.610-300.626 (confidentiality of special-education records); Section 504; FERPA',
    'Share only aggregate counts with small-cell suppression; never student-level disability status.'),
  pii('english-learner', 'English-learner status', 'high', 'ELL status can reveal national origin and family circumstances.',
    'FERPA 34 CFR 99.3; Title III and Title VI protect English learners from discrimination', AGGREGATE),
  pii('economic-status', 'Free-meal and economic status', 'high', 'Free or reduced-price meal eligibility reveals family income.',
    'National School Lunch Act, 42 USC 1758(b)(6): meal eligibility may be disclosed only to listed programs',
    'Refuse student-level meal eligibility; share aggregate counts only, as the Act allows.'),
  pii('homeless-status', 'Homeless and foster status', 'high', 'Housing status exposes a child in crisis and can endanger the family.',
    'McKinney-Vento Act, 42 USC 11432(g)(3)(G): homeless students\' records are protected; FERPA',
    'Refuse student-level housing or foster status; share aggregate counts only.'),
  pii('immigration-status', 'Immigration status', 'high', 'Citizenship or migrant status can put a family at legal risk.',
    'Plyler v. Doe (1982); FERPA 34 CFR 99.3; migrant education records under Title I Part C',
    'Never collect or share immigration or citizenship status.'),
  pii('health', 'Health records', 'high', 'Medical and counseling records are deeply private.',
    'FERPA 34 CFR 99.3 (school health records are education records); HIPAA where a provider is involved',
    'Leave health and counseling data out; share aggregates only if essential.'),
  pii('discipline', 'Discipline records', 'high', 'Suspension and behavior records follow a child and can feed profiling.',
    'FERPA 34 CFR 99.3: disciplinary records are education records',
    'Share aggregate discipline counts only, with small cells suppressed.'),
  pii('protected-survey-topic', 'Protected survey topics', 'high', 'Surveys on beliefs, sexual behavior or family life need parent consent.',
    'PPRA, 20 USC 1232h: surveys on protected topics require prior written parent consent (or notice and opt-out)',
    'Require prior written parent consent and a chance to review the survey.'),
  pii('financial-account', 'Financial account numbers', 'high', 'Card and bank numbers expose families to fraud.',
    'FTC Act section 5 and state data-breach laws treat account numbers as sensitive personal information',
    'Keep payment data out of the agreement; use a payment processor the district vets.'),
  pii('educator-record', 'Educator records', 'medium', 'Staff evaluations tied to students expose teachers and, through them, classes.',
    'State personnel-record laws (e.g. C.G.S. 10-151c for teacher evaluations); FERPA for linked student data',
    'Share educator data only in aggregate, and never linked to named students.'),
  pii('facility-security', 'Campus maps and security plans', 'high', 'Floor plans and security procedures help anyone who means harm.',
    'School-safety exemptions in state freedom-of-information laws (e.g. C.G.S. 1-210(b)(19))',
    'Remove campus maps, floor plans and security details from the data request.'),

  clause('recipient-owns-data', 'Recipient owns the data', 'high', 'If the recipient owns the data, the district loses control of what happens to it.',
    'PTAC model terms; SDPC National DPA art. II.1 (data remain the property of the LEA); C.G.S. 10-234bb(b)(1)',
    'State that all student data remain the property and under the control of the district.'),
  clause('third-party-sharing', 'Sharing with third parties', 'high', 'Data passed to subcontractors or partners leaves the agreement\'s control.',
    'FERPA 34 CFR 99.33 (limits on redisclosure); SDPC National DPA art. II.5 (subprocessors bound by the same terms)',
    'Forbid redisclosure without written district approval; bind any subcontractor to the same terms in writing.'),
  clause('commercial-use', 'Commercial use of data', 'high', 'Student data used for profit or product development serves the vendor, not the children.',
    'C.G.S. 10-234bb(b)(4); Cal. Ed. Code 49073.1(b)(3); SOPIPA; SDPC National DPA art. IV.4',
    'Forbid selling, licensing or commercial use of student data, including aggregated or de-identified data.'),
  clause('targeted-advertising', 'Targeted advertising', 'high', 'Using student data to target ads or build profiles exploits children.',
    'SOPIPA (Cal. Bus. & Prof. Code 22584); C.G.S. 10-234bb; SDPC National DPA art. IV.4',
    'Forbid targeted advertising and profiling of students.'),
  clause('deidentified-use-unrestricted', 'Unrestricted use of de-identified data', 'medium', 'De-identified student data can often be re-identified; "any purpose" use removes all limits.',
    'FERPA 34 CFR 99.31(b)(1); PTAC de-identification guidance; SDPC National DPA art. IV.4',
    'Limit de-identified data to the agreement\'s purpose and forbid any attempt to re-identify it.'),
  clause('broad-purpose', 'Open-ended purpose', 'medium', 'An open-ended purpose lets the recipient use data for things the board never approved.',
    'FERPA 34 CFR 99.31(a)(6) and 99.35 (use only for the stated purpose); PTAC model terms',
    'Name the specific purposes and state that data may be used for nothing else.'),
  clause('indefinite-retention', 'Keeping data indefinitely', 'high', 'Data kept after the work ends stays at risk forever.',
    'FERPA 34 CFR 99.31(a)(6)(iii)(B) and 99.35(b)(2) (destroy when no longer needed); C.G.S. 10-234bb(b)(5)',
    'Require return or certified destruction of all copies within a set time after the work ends.'),
  clause('no-parental-consent', 'No parent notice or consent', 'high', 'Families lose the right to know and decide what happens to their child\'s data.',
    'FERPA 20 USC 1232g(b) and 34 CFR 99.30 (written parent consent unless an exception applies); PPRA; COPPA',
    'Require notice to parents and their consent, or name the FERPA exception that applies and its conditions.'),
  clause('unilateral-changes', 'Terms can change without agreement', 'medium', 'A vendor that can rewrite the terms can undo every protection later.',
    'SDPC National DPA art. VII (precedence of the DPA); C.G.S. 10-234bb(b)',
    'Require written agreement of the district for any change to the terms or privacy policy.'),
  clause('liability-shift', 'Liability shifted to the district', 'medium', 'The district, not the vendor, would pay for the vendor\'s breach.',
    'SDPC National DPA art. V (data breach); PTAC model terms on indemnification',
    'Make the recipient responsible for breaches it causes, and strike district indemnification of the recipient.'),
  clause('transfer-on-sale', 'Data transferred in a sale or merger', 'medium', 'A buyer of the company would get the children\'s data without the district\'s say.',
    'C.G.S. 10-234bb(b); SOPIPA 22584(b)(4) (successor must honour the same terms); SDPC National DPA',
    'Require notice and the district\'s consent before any transfer, and bind a successor to these terms.'),
  clause('offshore-storage', 'Storage outside the country', 'medium', 'Data stored abroad may fall outside U.S. law and the district\'s reach.',
    'SDPC National DPA exhibit F (data security); state contracting rules for student data',
    'Require that student data be stored and processed only in the United States.'),
  clause('excessive-collection', 'More data than the purpose needs', 'medium', 'Asking for student-level fields beyond the purpose multiplies the harm of a breach.',
    'FERPA 34 CFR 99.31(a)(6)(iii)(A) and 99.35 (only data needed for the purpose); data-minimization in the PTAC model terms',
    'Drop fields the stated purpose does not need, and make the rest optional or aggregate.'),
  clause('foreign-governing-law', 'Another state\'s law governs', 'low', 'Disputes would be fought under another state\'s law, far from the district.',
    'Model DPAs name the district\'s own state (SDPC National DPA art. VII)',
    'Make the district\'s state law govern and its courts the forum.'),

  missing('district-ownership', 'District ownership of data', 'high', 'Without it, nothing says the data remain the district\'s.',
    'SDPC National DPA art. II.1; C.G.S. 10-234bb(b)(1); Cal. Ed. Code 49073.1(b)(1); PTAC model terms',
    'Add: "All student data remain the property and under the control of the District."'),
  missing('use-limitation', 'Use limited to the stated purpose', 'high', 'Without it, the recipient may use the data for anything.',
    'FERPA 34 CFR 99.31(a)(1)(i)(B) and 99.33(a)(2); SDPC National DPA art. II.3',
    'Add: the recipient may use student data only for the purposes stated in this agreement.'),
  missing('redisclosure-ban', 'Ban on redisclosure', 'high', 'Without it, the recipient may pass the data on.',
    'FERPA 34 CFR 99.33 (limits on redisclosure); SDPC National DPA art. II.5',
    'Add: no disclosure to any third party without the District\'s prior written authorization.'),
  missing('security-safeguards', 'Security safeguards', 'high', 'Without concrete duties, "reasonable security" means whatever the vendor likes.',
    'C.G.S. 10-234bb(b)(5); Cal. Ed. Code 49073.1(b)(5); SDPC National DPA art. V and exhibit F',
    'Add concrete duties: encryption in transit and at rest, access limited to named staff, training, and audits.'),
  missing('breach-notification', 'Breach notification', 'high', 'Without it, families may never learn their children\'s data leaked.',
    'C.G.S. 10-234dd (notice within 60 days, district within 30 days); Cal. Ed. Code 49073.1(b)(6); SDPC National DPA art. V.4',
    'Add notice to the District within 72 hours of discovering unauthorized access, and help notifying families.'),
  missing('deletion-on-termination', 'Deletion when the work ends', 'high', 'Without it, the data outlive the agreement.',
    'FERPA 34 CFR 99.35(b)(2); C.G.S. 10-234bb(b)(5); Cal. Ed. Code 49073.1(b)(7); SDPC National DPA art. IV.6',
    'Add: return or destroy all student data within 30 days of the end of the agreement or on request, with written certification.'),
  missing('parent-access', 'Parent access and correction', 'medium', 'Without it, parents cannot see or fix what is held about their child.',
    'FERPA 34 CFR 99.10 and 99.20; Cal. Ed. Code 49073.1(b)(2); C.G.S. 10-234bb(b)(2); SDPC National DPA art. II.2',
    'Add a way for parents to review and correct their child\'s records through the District.'),
  missing('ferpa-compliance', 'FERPA compliance terms', 'medium', 'Without a named FERPA basis and district control, the disclosure may not be lawful.',
    'FERPA 34 CFR 99.31(a)(1)(i)(B) (school official under direct control) or 99.31(a)(6) (studies)',
    'Name the FERPA exception relied on and put the recipient under the District\'s direct control.'),
  missing('reidentification-ban', 'Ban on re-identification', 'medium', 'Without it, "de-identified" data can be matched back to children.',
    'PTAC de-identification guidance; SDPC National DPA art. IV.4; C.G.S. 10-234bb',
    'Add: the recipient shall not attempt to re-identify de-identified data or link it to other data.'),
  missing('audit-rights', 'District audit rights', 'low', 'Without it, the district cannot check that the promises are kept.',
    'SDPC National DPA art. IV.3; FERPA 34 CFR 99.35(a)(2) (direct control)',
    'Add the District\'s right to audit or inspect compliance on reasonable notice.'),
  missing('duration', 'A stated term', 'low', 'Without an end date, access never formally ends.',
    'FERPA 34 CFR 99.31(a)(6)(iii)(C) (studies agreements must state duration); PTAC model terms',
    'State the term of the agreement and when access to data ends.'),
  // Protections that state laws ask for beyond the federal list (see README, "State law"). Only a chosen
  // state's checklist runs them, so an agreement checked without a state keeps the federal list.
  missing('commercial-use-ban', 'Ban on selling or commercial use', 'high', 'Without it, student data can be sold or used to build and market products.',
    'N.Y. Educ. Law § 2-d; 105 ILCS 85/10; Tex. Educ. Code 32.152(a)(3); C.R.S. 22-16-109(2)(a)',
    'Add: the vendor will not sell, rent or use student data for any commercial or marketing purpose.'),
  missing('advertising-profiling-ban', 'Ban on targeted advertising and profiling', 'high', 'Without it, children can be profiled and shown ads built from their school records.',
    'Cal. Ed. Code 49073.1(b)(9); 105 ILCS 85/10; Tex. Educ. Code 32.152(a)(1)-(2); C.R.S. 22-16-109(2)(b)-(c)',
    'Add: no targeted advertising and no student profiles except for the school purposes of this agreement.'),
  missing('subprocessor-flowdown', 'Subcontractors bound by the same terms', 'high', 'Without it, the data can reach subcontractors who promised nothing.',
    '8 NYCRR 121.3(c)(2) and 121.6(a)(5); C.R.S. 22-16-110; SDPC National DPA',
    'Add: every subcontractor is bound in writing by the same privacy and security duties, and the vendor answers for it.'),
  missing('subprocessor-list', 'List of who receives the data', 'medium', 'Without it, the district cannot know which companies hold its students\' data.',
    '105 ILCS 85/15(6); Utah Code 53E-9-309(2)(b); SDPC National DPA',
    'List the third parties and affiliates that receive student data, and keep the list up to date.'),
  missing('breach-cost-allocation', 'Who pays for a breach', 'medium', 'Without it, the district may pay to notify families of a breach the vendor caused.',
    '105 ILCS 85/15(4)(D); 8 NYCRR 121.10',
    'Add: the vendor pays the costs of a breach it caused, including notifying families and credit monitoring.'),
  missing('encryption', 'Encryption in motion and at rest', 'medium', 'Without it, a stolen laptop or an intercepted transfer exposes readable student records.',
    '8 NYCRR 121.3(c)(6)',
    'Add: student data are encrypted in motion and at rest.'),
  missing('security-plan', 'Written data security and privacy plan', 'medium', 'Without a written plan, nothing says how the vendor will meet its duties for the life of the contract.',
    '8 NYCRR 121.6(a)',
    'Attach the vendor\'s data security and privacy plan and make it part of the contract.'),
  missing('staff-training', 'Trained, named staff', 'low', 'Without it, anyone at the vendor may handle the data without knowing the rules.',
    '8 NYCRR 121.6(a)(4); Cal. Ed. Code 49073.1(b)(5)',
    'Add: the people with access are named and trained on student-privacy law before they get access.'),
  missing('ny-bill-of-rights', 'New York Parents\' Bill of Rights', 'high', 'New York requires it in every contract that shares student data.',
    'N.Y. Educ. Law § 2-d; 8 NYCRR 121.3',
    'Attach the District\'s Parents\' Bill of Rights and this contract\'s supplemental information, signed by the vendor.'),
] as const satisfies readonly Category[];

export type CategoryId = (typeof CATEGORIES)[number]['id'];

const byId = new Map<string, Category>(CATEGORIES.map((c) => [c.id, c]));

export function category(id: string): Category {
  const found = byId.get(id);
  if (!found) throw new Error(`Unknown category '${id}'`);
  return found;
}

export function isCategoryId(id: string): id is CategoryId {
  return byId.has(id);
}
