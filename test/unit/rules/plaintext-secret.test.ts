import { describe, expect, it } from 'vitest';
import { plaintextSecret } from '../../../src/rules/plaintext-secret.js';
import { context, describeWithCorpus, corpusText, edit, lineOf, REAL } from './helpers.js';

const SECRET = 'Zq9-live-oauth-secret-4f1c';
const BCRYPT = '$2b$12$' + 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0'.slice(0, 53);

describeWithCorpus('plaintext-secret on real configs', () => {
  const gcp = edit(corpusText(REAL.gcp0311), 'client_secret: REDACTED', `client_secret: ${SECRET}`);

  it('errors at a literal OAuth client secret and never repeats the value', () => {
    const findings = plaintextSecret.check(context(gcp, '0.3.11'));
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'plaintext-secret', severity: 'error', path: 'security.authentication.config.client_secret', line: lineOf(gcp, 'client_secret:'), column: 7 }),
    ]);
    expect(JSON.stringify(findings)).not.toContain(SECRET);
    expect(findings[0]!.message).toContain('0.3.13');
  });

  it('accepts QHUB_SECRET_ placeholders from 0.3.13 and explains the lstrip trap', () => {
    const good = edit(gcp, `client_secret: ${SECRET}`, 'client_secret: QHUB_SECRET_AUTH0_CLIENT_SECRET');
    expect(plaintextSecret.check(context(good, '0.3.13'))).toEqual([]);
    const trap = edit(gcp, `client_secret: ${SECRET}`, 'client_secret: QHUB_SECRET_CLIENT_SECRET');
    const findings = plaintextSecret.check(context(trap, '0.3.14'));
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', line: lineOf(trap, 'client_secret:') })]);
    expect(findings[0]!.message).toContain('`LIENT_SECRET`');
    // 0.3.12 has no substitution: the placeholder would be used literally.
    expect(plaintextSecret.check(context(good, '0.3.12'))).toEqual([expect.objectContaining({ severity: 'error' })]);
  });

  it('advises QHUB_SECRET_ on 0.4 and is silent once every secret is a placeholder', () => {
    const aws = corpusText(REAL.aws045);
    const findings = plaintextSecret.check(context(aws, '0.4.5'));
    expect(findings.map((f) => [f.path, f.line])).toEqual([
      ['security.authentication.config.client_secret', lineOf(aws, 'client_secret:')],
      ['security.keycloak.initial_root_password', lineOf(aws, 'initial_root_password:')],
    ]);
    expect(findings[0]!.message).toContain('QHUB_SECRET_DEPLOY_CLIENT_SECRET');
    const fixed = edit(edit(aws, 'client_secret: <NOPE>', 'client_secret: QHUB_SECRET_GH_CLIENT_SECRET'), 'initial_root_password: <NOPE>', 'initial_root_password: QHUB_SECRET_KEYCLOAK_ROOT');
    expect(plaintextSecret.check(context(fixed, '0.4.5'))).toEqual([]);
  });

  it('advises NEBARI_SECRET__ overrides on Nebari 2023.10+', () => {
    const happy = corpusText(REAL.awsHappy);
    const findings = plaintextSecret.check(context(happy, '2024.1.1'));
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', path: 'security.keycloak.initial_root_password', line: lineOf(happy, 'initial_root_password') })]);
    expect(findings[0]!.message).toContain('NEBARI_SECRET__security__keycloak__initial_root_password');
    expect(JSON.stringify(findings)).not.toContain('i8mawmz1ek6s9n9ms6ifgwborgryve8q');
    expect(plaintextSecret.check(context(edit(happy, 'i8mawmz1ek6s9n9ms6ifgwborgryve8q', 'NEBARI_SECRET'), '2024.1.1'))).toEqual([]);
  });

  it('accepts bcrypt hashes for 0.3.x password users but not plaintext passwords', () => {
    const local = corpusText(REAL.local0311);
    expect(plaintextSecret.check(context(edit(local, 'password: REDACTED', `password: '${BCRYPT}'`), '0.3.11'))).toEqual([]);
    const plain = edit(local, 'password: REDACTED', 'password: hunter2hunter2');
    expect(plaintextSecret.check(context(plain, '0.3.11'))).toEqual([expect.objectContaining({ path: 'security.users.vcerutti@quansight.com.password', line: lineOf(plain, 'password:') })]);
  });
});

describe('plaintext-secret', () => {
  it('reports placeholders inside lists, which QHub does not substitute', () => {
    const text = 'helm_extensions:\n- name: x\n  token: QHUB_SECRET_GH_TOKEN\n';
    expect(plaintextSecret.check(context(text, '0.4.5'))).toEqual([expect.objectContaining({ severity: 'error', path: 'helm_extensions[0].token', line: 3 })]);
  });

  it('applies the same lstrip trap to NEBARI_SECRET_ on 2022.10–2023.7', () => {
    const findings = plaintextSecret.check(context('prefect:\n  token: NEBARI_SECRET_AUTH_TOKEN\n', '2023.7.2'));
    expect(findings[0]!.message).toContain('`UTH_TOKEN`');
  });

  it('ignores non-secret keys, empty values and environments', () => {
    expect(plaintextSecret.check(context("certificate:\n  secret_name: tls\nsecurity:\n  authentication:\n    config:\n      client_id: abc\n      client_secret: ''\nenvironments:\n  e.yaml:\n    token: x\n", '0.4.5'))).toEqual([]);
  });
});
