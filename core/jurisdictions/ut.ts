import { defineJurisdiction } from './jurisdiction';

export default defineJurisdiction({
  id: 'UT',
  name: 'Utah',
  law: 'Utah Code 53E-9-309 and 53E-9-310 (Student Data Protection Act)',
  requirements: [
    {
      protection: 'use-limitation',
      citation: 'Utah Code 53E-9-309(1)',
      requires: 'student data used strictly to provide the contracted product or service',
      ask: 'Add: the contractor uses student data strictly to provide the product or service under this contract.',
    },
    {
      protection: 'security-safeguards',
      citation: 'Utah Code 53E-9-309(2)(a)',
      requires: 'the requirements and restrictions on collecting, using, storing and sharing student data',
      ask: 'Add the contractor’s duties for storing and protecting student data: encryption, access limits, training.',
    },
    {
      protection: 'subprocessor-list',
      citation: 'Utah Code 53E-9-309(2)(b)',
      requires: 'the persons, or types of persons, affiliates included, the contractor may share student data with',
      ask: 'List the persons or types of persons, affiliates included, who may receive student data.',
    },
    {
      protection: 'deletion-on-termination',
      citation: 'Utah Code 53E-9-309(2)(c)',
      requires: 'how student data are deleted at the education entity’s request',
      ask: 'Add: the contractor deletes student data at the District’s request, within a stated number of days.',
    },
    {
      protection: 'audit-rights',
      citation: 'Utah Code 53E-9-309(2)(e)',
      requires: 'the education entity’s right to audit the contractor’s compliance',
      ask: 'Add: at the District’s request, the District or its designee may audit the contractor’s compliance.',
    },
  ],
  caveats: [
    'From 1 July 2026 the contract must also describe the duty to end it, without a fee, after a privacy violation, and a 30-day step whose text could not be read: not checked.',
    'A contractor that knowingly or recklessly misuses data may pay up to $25,000 and the cost of notifying families (53E-9-310).',
  ],
});
