// The contract every guard rule implements. One rule per file in this folder.
import type { Finding, LoadedDocument, Severity, VersionInfo } from '../config/types.js';

export interface RuleContext {
  /** The config under review (environment files already merged into `data.environments`). */
  config: LoadedDocument;
  version: VersionInfo;
  /** The same config on the branch the PR targets, when known. */
  base?: LoadedDocument;
  /** Configs of the other deployments (other `deploy/*` branches). */
  otherDeployments: LoadedDocument[];
  /** Environment files merged into the config, keyed by environment name (file name). */
  environmentFiles: Map<string, LoadedDocument>;
  /** The version the workflow/CLI asked for (`qhub-version` input), when given. */
  requestedVersion?: string;
}

export interface Rule {
  /** One of the rule ids in docs/architecture.md, e.g. `immutable-field`. */
  id: string;
  /** The usual severity; a rule may raise or lower it per finding. */
  severity: Severity;
  /** One line: what the rule catches. */
  description: string;
  /** Why it matters and what to do instead (Markdown, used for docs/rules.md). */
  doc: string;
  check(context: RuleContext): Finding[];
}
