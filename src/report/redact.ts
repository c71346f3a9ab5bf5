// Secret values a run may print into what it publishes (the PR comment, the job summary, the plan
// artifact). Terraform's `sensitive` flag is not enough: QHub substitutes `QHUB_SECRET_<name>`
// placeholders with environment variables at render time, so an OAuth client secret ends up in
// non-sensitive helm `values`. Pure: the config and the environment come in, strings go out.
import { pythonLstrip, SECRET_PLACEHOLDER, secretValues } from '../rules/plaintext-secret.js';

/** Shorter values would mask ordinary words and numbers all over a plan. */
const MIN_SECRET_LENGTH = 4;

export const REDACTED = '***';

const PLACEHOLDER_PREFIXES = ['QHUB_SECRET_', 'NEBARI_SECRET_'] as const;

/** Every string in the config, at any depth (lists too: over-masking is harmless here). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

/**
 * Variables a placeholder may read: the name QHub/Nebari really look up (the prefix removed with
 * Python's lstrip, which can eat more) and the name its author meant.
 */
function placeholderVariables(text: string): string[] {
  const prefix = PLACEHOLDER_PREFIXES.find((candidate) => text.startsWith(candidate));
  return prefix ? [pythonLstrip(text, prefix), text.slice(prefix.length)] : [];
}

/**
 * The secret values of a run: the variables the config's placeholders name, every `NEBARI_SECRET_*`
 * variable (Nebari 2023.10+ overrides config keys from `NEBARI_SECRET__a__b`), and literal values of
 * credential-named keys. Longest first, so a secret containing another is masked whole.
 */
export function collectSecrets(config: unknown, env: Readonly<Record<string, string | undefined>>): string[] {
  const values = [
    ...strings(config).flatMap(placeholderVariables).map((name) => env[name]),
    ...Object.entries(env)
      .filter(([name]) => name.startsWith('NEBARI_SECRET_'))
      .map(([, value]) => value),
    // A placeholder's own text names a secret; it is not one.
    ...secretValues(config)
      .map((secret) => secret.value)
      .filter((value) => !SECRET_PLACEHOLDER.test(value)),
  ];
  const secrets = new Set(values.filter((value): value is string => value !== undefined && value.length >= MIN_SECRET_LENGTH));
  return [...secrets].sort((a, b) => b.length - a.length);
}

/** `text` with every occurrence of every secret replaced by `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  return secrets.reduce((scrubbed, secret) => scrubbed.split(secret).join(REDACTED), text);
}
