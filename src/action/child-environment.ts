// The environment tofu, providers, QHub's Python and kubectl run with: the runner's, minus what
// only the action itself needs. Inputs carry the GitHub token (INPUT_GITHUB-TOKEN) and the runtime
// tokens reach the artifact cache and the OIDC issuer; a provider or QHub plugin has no use for them.
// Cloud credentials set by earlier steps are ordinary variables and pass through.

const WITHHELD = new Set(['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL', 'GITHUB_TOKEN']);

export function childEnvironment(env: Readonly<Record<string, string | undefined>>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('INPUT_') && !WITHHELD.has(name)));
}
