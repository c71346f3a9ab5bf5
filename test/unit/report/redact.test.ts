// Which values a run treats as secret, and that every occurrence is masked.
import { describe, expect, it } from 'vitest';
import { collectSecrets, redact } from '../../../src/report/redact.js';

const config = {
  project_name: 'datasci',
  security: {
    authentication: {
      type: 'GitHub',
      config: { client_id: 'QHUB_SECRET_github_oauth_client_id', client_secret: 'QHUB_SECRET_CLIENT_SECRET' },
    },
    keycloak: { initial_root_password: 'literal-root-pw' },
  },
  // Placeholders are found at any depth, lists included.
  profiles: { jupyterlab: [{ kubespawner_override: { environment: { API: 'QHUB_SECRET_lab_api_key' } } }] },
  default_images: { jupyterhub: 'quansight/qhub-jupyterhub:v0.3.14' },
};

const env = {
  github_oauth_client_id: 'oauth-client-id-1234',
  // QHub 0.3.14 lstrips "QHUB_SECRET_" off QHUB_SECRET_CLIENT_SECRET: it reads LIENT_SECRET.
  LIENT_SECRET: 'what-qhub-reads',
  CLIENT_SECRET: 'what-the-author-meant',
  lab_api_key: 'lab-key-5678',
  NEBARI_SECRET__security__authentication__config__client_secret: 'nebari-override',
  NEBARI_SECRET_token: 'nebari-substituted',
  PATH: '/usr/bin',
  UNRELATED: 'not-a-secret',
};

describe('collectSecrets', () => {
  it('collects placeholder variables (as looked up and as meant), NEBARI_SECRET_ variables and literal secret values', () => {
    expect(new Set(collectSecrets(config, env))).toEqual(
      new Set(['oauth-client-id-1234', 'what-qhub-reads', 'what-the-author-meant', 'lab-key-5678', 'nebari-override', 'nebari-substituted', 'literal-root-pw']),
    );
  });

  it('ignores short values, unset variables and the placeholders themselves', () => {
    const secrets = collectSecrets({ security: { password: 'abc', token: 'NEBARI_SECRET', api_key: 'QHUB_SECRET_missing' } }, { NEBARI_SECRET_x: '123' });
    expect(secrets).toEqual([]);
  });

  it('puts longer secrets first, so one containing another is masked whole', () => {
    expect(collectSecrets({ a: { token: 'abcd' }, b: { password: 'abcdefgh' } }, {})).toEqual(['abcdefgh', 'abcd']);
  });
});

describe('redact', () => {
  it('replaces every occurrence of every secret', () => {
    const text = 'values: client_secret=what-qhub-reads\n# again what-qhub-reads, and lab-key-5678';
    expect(redact(text, collectSecrets(config, env))).toBe('values: client_secret=***\n# again ***, and ***');
  });

  it('masks a secret that contains another as one', () => {
    expect(redact('x abcdefgh y abcd', ['abcdefgh', 'abcd'])).toBe('x *** y ***');
  });
});
