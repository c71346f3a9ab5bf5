import { describe, expect, it } from 'vitest';
import { letsEncryptEmail } from '../../../src/rules/lets-encrypt-email.js';
import { context, describeWithCorpus, corpusText, edit, lineOf, REAL } from './helpers.js';

describeWithCorpus('lets-encrypt-email on real configs', () => {
  const aws = corpusText(REAL.aws045);

  it('is silent with acme_email and for self-signed certificates', () => {
    expect(letsEncryptEmail.check(context(aws, '0.4.5'))).toEqual([]);
    expect(letsEncryptEmail.check(context(corpusText(REAL.gcp0311), '0.3.11'))).toEqual([]);
  });

  it('errors at certificate when acme_email is missing', () => {
    const head = edit(aws, '  acme_email: aimee@developmentseed.org\n', '');
    expect(letsEncryptEmail.check(context(head, '0.4.5'))).toEqual([
      expect.objectContaining({ rule: 'lets-encrypt-email', severity: 'error', path: 'certificate.acme_email', line: lineOf(head, 'certificate:'), column: 1 }),
    ]);
  });

  it('errors at an empty acme_email', () => {
    const head = edit(aws, 'acme_email: aimee@developmentseed.org', "acme_email: ''");
    expect(letsEncryptEmail.check(context(head, '0.4.5'))).toEqual([expect.objectContaining({ line: lineOf(head, 'acme_email:'), column: 3 })]);
  });
});

describe('lets-encrypt-email', () => {
  it('fires on a minimal config', () => {
    expect(letsEncryptEmail.check(context('certificate:\n  type: lets-encrypt\n', '2025.10.1'))).toHaveLength(1);
  });
});
