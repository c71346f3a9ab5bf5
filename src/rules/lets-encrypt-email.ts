import type { Rule } from './types.js';
import { ruleFinding } from './shared/finding.js';
import { asMapping, asString } from './shared/shape.js';

const ID = 'lets-encrypt-email';

export const letsEncryptEmail: Rule = {
  id: ID,
  severity: 'error',
  description: '`certificate.type: lets-encrypt` needs `certificate.acme_email`.',
  doc: [
    'Let\'s Encrypt requires an account email for the ACME registration; without `acme_email` Traefik cannot obtain a certificate, and the deployment comes up serving a self-signed default certificate that browsers and the Dask/JupyterHub clients reject. QHub\'s schema leaves the field optional, so nothing fails until users try to log in.',
    '',
    'What to do instead: set `certificate.acme_email` to an address that receives expiry notices (and `acme_server: https://acme-v02.api.letsencrypt.org/directory` for production certificates).',
  ].join('\n'),
  check({ config }) {
    const certificate = asMapping(asMapping(config.data)?.certificate);
    if (asString(certificate?.type) !== 'lets-encrypt') return [];
    const email = asString(certificate?.acme_email);
    if (email !== undefined && email.trim() !== '') return [];
    return [
      ruleFinding(config, ID, 'error', ['certificate', 'acme_email'], '`certificate.type` is `lets-encrypt` but `certificate.acme_email` is missing or empty; Let\'s Encrypt will not issue a certificate without an account email. Add `acme_email`.'),
    ];
  },
};
