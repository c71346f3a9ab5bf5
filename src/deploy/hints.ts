// Known ways a QHub destroy fails, recognised in the engine's errors, each with what to do. From
// QHub/Nebari issues: the cause is rarely in the message itself.
import { downloadFailureOf, type Diagnostic } from '../terraform/diagnostics.js';

interface KnownFailure {
  pattern: RegExp;
  advice: string;
}

export const KNOWN_DESTROY_FAILURES: readonly KnownFailure[] = [
  {
    pattern: /deletion_protection/i,
    advice:
      'GKE clusters created with google provider ≥ 5 (Nebari 2025.2–2025.6) keep deletion_protection in state (nebari #3098): apply once with deletion_protection = false, or delete the cluster by hand, then destroy again.',
  },
  {
    pattern: /DependencyViolation/,
    advice:
      'Something Terraform does not manage still uses the network: usually the ingress load balancer Kubernetes made and its k8s-elb-* security group (QHub #1081, #1924). Delete them (see "check by name") and destroy again.',
  },
  {
    pattern: /Unauthorized|Kubernetes cluster unreachable|connection refused|no such host/i,
    advice:
      'The cluster, or the credentials to reach it, went before the resources inside it (QHub #579, #1110). Those resources went with the cluster: forget them with `state rm`, then destroy again.',
  },
  {
    pattern: /BucketNotEmpty|bucket you tried to delete is not empty|bucket is not empty/i,
    advice: 'The state bucket is versioned and still holds object versions (QHub #502): delete every version, then the bucket.',
  },
  {
    pattern: /Realm not found|failed to perform initial login to Keycloak/i,
    advice: 'Keycloak is already gone (its URL no longer answers, QHub #948): the Keycloak objects went with it; forget them with `state rm`.',
  },
];

const DOWNLOAD_ADVICE = {
  providers:
    'The engine could not download the providers: the provider registry is unreachable from this runner, so nothing in this root was touched. Let the runner reach the registry (or give it a provider mirror or a filled TF_PLUGIN_CACHE_DIR), then destroy again.',
  modules: 'The engine could not download the modules from GitHub (QHub 0.3.11 fetches them at init), so nothing in this root was touched. Let the runner reach GitHub, then destroy again.',
} as const;

/**
 * The advice for each known failure found in these errors, once each. A root whose init could not
 * download what it needs never reached the cloud: only that is said (its connection errors are
 * the runner's, not the cluster's).
 */
export function adviceFor(diagnostics: readonly Diagnostic[]): string[] {
  const download = downloadFailureOf(diagnostics);
  if (download !== null) return [DOWNLOAD_ADVICE[download]];
  const text = diagnostics.map((diagnostic) => `${diagnostic.summary}\n${diagnostic.detail}`).join('\n');
  return KNOWN_DESTROY_FAILURES.filter((failure) => failure.pattern.test(text)).map((failure) => failure.advice);
}
