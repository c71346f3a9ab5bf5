import type { DocPath, Finding } from '../config/types.js';
import type { Rule, RuleContext } from './types.js';
import { ruleFinding } from './shared/finding.js';
import { formatPath } from '../config/types.js';
import { asMapping } from './shared/shape.js';
import { isAtLeast } from './shared/version.js';

const ID = 'plaintext-secret';

/** Keys whose values are credentials (`secret_name`, `client_id`, `*_url` are not). */
const SECRET_KEY = /^(?:.*_)?(?:secret|password|token|api_key|private_key|secret_key|access_key)$/i;
/** A value that refers to a secret in the environment instead of containing it (any version's spelling). */
export const SECRET_PLACEHOLDER = /^(QHUB_SECRET_|NEBARI_SECRET)/;
const BCRYPT_HASH = /^\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}$/;

/**
 * How a version lets a config refer to a secret instead of containing it:
 * - QHub 0.3.13–0.4.x: a mapping value `QHUB_SECRET_<NAME>` is replaced at render time by
 *   environment variable `<NAME>`, computed with Python's `str.lstrip("QHUB_SECRET_")`, which
 *   strips any leading characters of that set (so `QHUB_SECRET_CLIENT_SECRET` reads `LIENT_SECRET`).
 *   Values inside lists are not visited.
 * - Nebari 2022.10–2023.7: the same with `NEBARI_SECRET_`.
 * - Nebari 2023.10+: no in-file substitution; environment variables `NEBARI_SECRET__a__b__c`
 *   override `a.b.c` after loading, so the file keeps a placeholder value.
 * - QHub 0.3.11–0.3.12: no substitution at all.
 */
type Substitution =
  | { kind: 'placeholder'; prefix: 'QHUB_SECRET_' | 'NEBARI_SECRET_' }
  | { kind: 'environment-override' }
  | { kind: 'none' };

function substitutionOf({ version }: RuleContext): Substitution {
  switch (version.family) {
    case 'qhub-0.3.11':
      return { kind: 'none' };
    case 'qhub-0.3.12':
      return isAtLeast(version.value, '0.3.13') ? { kind: 'placeholder', prefix: 'QHUB_SECRET_' } : { kind: 'none' };
    case 'qhub-0.4':
      return { kind: 'placeholder', prefix: 'QHUB_SECRET_' };
    case 'nebari-2022.10':
      return { kind: 'placeholder', prefix: 'NEBARI_SECRET_' };
    case 'nebari-2023.10':
      return { kind: 'environment-override' };
  }
}

/** Python's `str.lstrip(chars)`: what QHub/Nebari actually look up. */
export function pythonLstrip(value: string, chars: string): string {
  let start = 0;
  while (start < value.length && chars.includes(value[start]!)) start++;
  return value.slice(start);
}

/** A variable name the render-time lookup keeps intact: it must not start with a stripped character. */
function suggestedVariable(path: DocPath, prefix: string): string {
  const key = String(path[path.length - 1]).toUpperCase().replace(/[^A-Z0-9_]/g, '_');
  return prefix.includes(key[0]!) ? `DEPLOY_${key}` : key;
}

export interface SecretValue {
  path: DocPath;
  value: string;
  insideList: boolean;
}

/** The values of credential-named keys (SECRET_KEY) in a config, outside `environments`. */
export function secretValues(data: unknown): SecretValue[] {
  const found: SecretValue[] = [];
  const visit = (value: unknown, path: DocPath, insideList: boolean): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index], true));
      return;
    }
    const mapping = asMapping(value);
    if (!mapping) return;
    for (const [key, child] of Object.entries(mapping)) {
      const childPath = [...path, key];
      if ((typeof child === 'string' || typeof child === 'number') && SECRET_KEY.test(key)) {
        const text = String(child);
        if (text.trim() !== '') found.push({ path: childPath, value: text, insideList });
      } else {
        visit(child, childPath, insideList);
      }
    }
  };
  // Environments are conda specs, not settings; nothing in them is a QHub credential.
  for (const [key, child] of Object.entries(asMapping(data) ?? {})) {
    if (key !== 'environments') visit({ [key]: child }, [], false);
  }
  return found;
}

function isPasswordHash(secret: SecretValue): boolean {
  return secret.path[0] === 'security' && secret.path[1] === 'users' && secret.path[secret.path.length - 1] === 'password' && BCRYPT_HASH.test(secret.value);
}

function adviceFor(substitution: Substitution, path: DocPath, version: string): string {
  const repositorySecret = 'store the value as a repository (or environment) secret and pass it to the deploy workflow as an environment variable';
  switch (substitution.kind) {
    case 'placeholder': {
      const variable = suggestedVariable(path, substitution.prefix);
      return `Replace the value with \`${substitution.prefix}${variable}\`, ${repositorySecret} named \`${variable}\`, and rotate the exposed credential.`;
    }
    case 'environment-override':
      return `Replace the value with a placeholder such as \`NEBARI_SECRET\`, ${repositorySecret} named \`NEBARI_SECRET__${path.map(String).join('__')}\` (Nebari overrides \`${formatPath(path)}\` from it), and rotate the exposed credential.`;
    case 'none':
      return `QHub ${version} cannot read secrets from the environment (\`QHUB_SECRET_\` substitution arrived in 0.3.13): upgrade, or keep the value out of the repository by having the deploy workflow write it into the config from a repository secret just before \`qhub deploy\`; rotate the exposed credential.`;
  }
}

export const plaintextSecret: Rule = {
  id: ID,
  severity: 'error',
  description: 'OAuth client secrets, passwords, Keycloak root passwords and tokens must not be written literally in the config.',
  doc: [
    'The config lives in a Git repository and its values are rendered into Terraform files and CI logs; a literal credential there is readable by everyone with access to the repository and its history. Findings name the key, never the value.',
    '',
    'What to do instead, per version:',
    '- QHub 0.3.13–0.4.x: write `QHUB_SECRET_<NAME>` as the value and provide environment variable `<NAME>` from a repository secret. QHub computes the variable name with Python\'s `lstrip("QHUB_SECRET_")`, which strips any leading `Q H U B S E C R T _` characters: `QHUB_SECRET_CLIENT_SECRET` reads variable `LIENT_SECRET`. The rule warns about such names. QHub only substitutes values of mappings, not of list items.',
    '- Nebari 2022.10–2023.7: the same with `NEBARI_SECRET_<NAME>` (the stripped characters are `N E B A R I S C T _`).',
    '- Nebari 2023.10+: keep a placeholder value starting with `NEBARI_SECRET` in the file and set `NEBARI_SECRET__<key>__<key>…` (e.g. `NEBARI_SECRET__security__authentication__config__client_secret`), which Nebari applies over the loaded config.',
    '- QHub 0.3.11–0.3.12 have no substitution: upgrade, or let the deploy workflow write the value into the config from a repository secret just before deploying.',
    '',
    'bcrypt hashes in `security.users.<name>.password` (QHub 0.3.x password authentication) are what QHub expects and are not reported: a hash is not the password, though a weak password can be guessed from it offline, so keep such repositories private. Any other value there is reported. Rotate every credential that was ever committed: removing it from the file does not remove it from Git history.',
  ].join('\n'),
  check(context) {
    const { config, version } = context;
    const substitution = substitutionOf(context);
    const findings: Finding[] = [];
    for (const secret of secretValues(config.data)) {
      if (isPasswordHash(secret)) continue;
      const where = `\`${formatPath(secret.path)}\``;
      const placeholderPrefix = SECRET_PLACEHOLDER.exec(secret.value)?.[1];
      if (placeholderPrefix !== undefined) {
        findings.push(...checkPlaceholder(context, substitution, secret, placeholderPrefix));
        continue;
      }
      findings.push(ruleFinding(config, ID, 'error', secret.path, `${where} holds a literal secret (value not shown). ${adviceFor(substitution, secret.path, version.value)}`));
    }
    return findings;
  },
};

/** A value that refers to a secret: is it one this version substitutes, under the name the author meant? */
function checkPlaceholder(context: RuleContext, substitution: Substitution, secret: SecretValue, prefix: string): Finding[] {
  const { config, version } = context;
  const where = `\`${formatPath(secret.path)}\``;
  if (substitution.kind === 'environment-override') return prefix === 'NEBARI_SECRET' ? [] : [ruleFinding(config, ID, 'error', secret.path, `${where} refers to a \`${prefix}\` placeholder, but Nebari ${version.value} does not substitute placeholders: it would use the text literally. Keep a placeholder and set \`NEBARI_SECRET__${secret.path.map(String).join('__')}\` instead.`)];
  if (substitution.kind === 'none' || !secret.value.startsWith(substitution.prefix)) {
    return [ruleFinding(config, ID, 'error', secret.path, `${where} is a secret placeholder that ${version.family.startsWith('qhub') ? 'QHub' : 'Nebari'} ${version.value} does not substitute; it would be used literally. ${adviceFor(substitution, secret.path, version.value)}`)];
  }
  if (secret.insideList) {
    return [ruleFinding(config, ID, 'error', secret.path, `${where} is inside a list, where ${substitution.prefix} placeholders are not substituted (QHub only visits mapping values); it would be used literally.`)];
  }
  const intended = secret.value.slice(substitution.prefix.length);
  const lookedUp = pythonLstrip(secret.value, substitution.prefix);
  if (lookedUp === intended) return [];
  return [
    ruleFinding(config, ID, 'warning', secret.path, `${where}: QHub strips leading characters of \`${substitution.prefix}\` from the placeholder, so it reads environment variable \`${lookedUp}\`, not \`${intended}\`. Rename the variable so it does not start with one of \`${[...new Set(substitution.prefix)].join('')}\` (e.g. \`${substitution.prefix}${suggestedVariable(secret.path, substitution.prefix)}\`).`),
  ];
}
