// The whole offline validation of one config: load, merge environment files,
// pick the version family, check its schema, run the guard rules. Pure: callers
// read the files and pass their bytes in.
import { skippedCloudChecks } from '../config/cloud-checks.js';
import { mergeEnvironments } from '../config/environments.js';
import { loadYaml, locate, type LoadResult } from '../config/load.js';
import { checkSchema, productLabel } from '../config/schema-check.js';
import type { Finding, LoadedDocument, SourceFile, ValidationReport, VersionInfo } from '../config/types.js';
import { decideVersion } from '../config/version.js';
import { runRules } from '../rules/index.js';
import { compareFindings } from '../config/order.js';

export interface ValidateInput {
  config: SourceFile;
  /** `config` already parsed by the caller (a run reads its config once); parsed here when absent. */
  loaded?: LoadResult;
  /** `--qhub-version` / the `qhub-version` input: the version that will deploy. */
  requestedVersion?: string;
  /** Contents of the `.qhub-version` pin file next to the config. */
  pinnedVersion?: string;
  /** The same config on the branch the PR targets. */
  base?: SourceFile;
  /** The environment files on the branch the PR targets, merged into `base` like `environmentFiles`. */
  baseEnvironmentFiles?: SourceFile[];
  /** Configs of the other deployments (other `deploy/*` branches). */
  otherDeployments?: SourceFile[];
  /** `environments/*.yaml`, merged into `environments` by file name. */
  environmentFiles?: SourceFile[];
}

function report(file: string, version: VersionInfo | null, findings: Finding[]): ValidationReport {
  const sorted = [...findings].sort(compareFindings);
  return { file, version, valid: !sorted.some((finding) => finding.severity === 'error'), findings: sorted };
}

/** Loads a companion file (base, other deployment); a failure becomes a notice, not an error of this config. */
function loadCompanion(source: SourceFile, role: string, notices: Finding[]): LoadedDocument | undefined {
  const loaded = loadYaml(source.bytes, source.file);
  if (loaded.document) return loaded.document;
  notices.push({
    rule: 'load/companion',
    severity: 'notice',
    message: `${role} ${source.file} could not be read, so the checks that compare with it were skipped: ${loaded.findings[0]?.message ?? 'unknown problem'}`,
    path: '',
    line: null,
    column: null,
  });
  return undefined;
}

/**
 * The base config with the base branch's environment files merged in, so that rules comparing
 * with it see the environments those files held. An unreadable file is left out with a notice;
 * problems of the base's own merge are the base branch's, not this config's, so they are dropped.
 */
function withBaseEnvironments(base: LoadedDocument | undefined, files: SourceFile[], notices: Finding[]): LoadedDocument | undefined {
  if (!base || files.length === 0) return base;
  const documents = files
    .map((source) => loadCompanion(source, 'base-branch environment file', notices))
    .filter((document): document is LoadedDocument => document !== undefined);
  return mergeEnvironments(base, documents).config;
}

function versionMismatch(document: LoadedDocument, version: VersionInfo, configValue: string | null): Finding[] {
  if (configValue === null || version.source !== 'option' || configValue === version.value) return [];
  const key = 'qhub_version' in (document.data as object) ? 'qhub_version' : 'nebari_version';
  const position = locate(document, [key]);
  return [
    {
      rule: 'schema/version-mismatch',
      severity: 'error',
      message: `\`${key}\` is ${configValue}, but the version that will deploy is ${productLabel(version)}; QHub/Nebari refuse a config whose version differs from the installed one. Run \`${version.family.startsWith('nebari') ? 'nebari' : 'qhub'} upgrade\` of ${version.value} on this config, or ask for ${configValue}`,
      path: key,
      line: position?.line ?? null,
      column: position?.column ?? null,
    },
  ];
}

export function validateConfig(input: ValidateInput): ValidationReport {
  const file = input.config.file;
  const loaded = input.loaded ?? loadYaml(input.config.bytes, file);
  if (!loaded.document) return report(file, null, loaded.findings);

  const notices: Finding[] = [];
  const environmentDocuments: LoadedDocument[] = [];
  const loadFindings: Finding[] = [];
  for (const source of input.environmentFiles ?? []) {
    const environment = loadYaml(source.bytes, source.file);
    if (environment.document) environmentDocuments.push(environment.document);
    else loadFindings.push(...environment.findings.map((finding) => ({ ...finding, file: source.file })));
  }
  const merged = mergeEnvironments(loaded.document, environmentDocuments);
  const config = merged.config;

  const decision = decideVersion(config.data as Record<string, unknown>, input);
  if (!decision.ok) {
    const position = decision.path ? locate(config, [decision.path]) : null;
    return report(file, null, [
      ...loadFindings,
      ...merged.findings,
      { rule: decision.rule, severity: 'error', message: decision.message, path: decision.path, line: position?.line ?? null, column: position?.column ?? null },
    ]);
  }
  const { version } = decision;

  const baseConfig = input.base && loadCompanion(input.base, 'base-branch config', notices);
  const base = withBaseEnvironments(baseConfig, input.baseEnvironmentFiles ?? [], notices);
  const otherDeployments = (input.otherDeployments ?? [])
    .map((source) => loadCompanion(source, 'other deployment', notices))
    .filter((document): document is LoadedDocument => document !== undefined);

  const cloudNotices: Finding[] =
    version.family === 'nebari-2023.10'
      ? skippedCloudChecks(config.data).map((check) => {
          const position = locate(config, check.path.split('.'));
          return {
            rule: 'schema/cloud-check-skipped',
            severity: 'notice' as const,
            message: `not checked offline: ${check.description} (Nebari checks this against the cloud API at deploy time)`,
            path: check.path,
            line: position?.line ?? null,
            column: position?.column ?? null,
          };
        })
      : [];

  const findings = [
    ...loadFindings,
    ...merged.findings,
    ...checkSchema(config, version),
    ...versionMismatch(config, version, decision.configValue),
    ...cloudNotices,
    ...notices,
    ...runRules({
      config,
      version,
      ...(base ? { base } : {}),
      otherDeployments,
      environmentFiles: merged.environmentFiles,
      ...(input.requestedVersion ? { requestedVersion: input.requestedVersion } : {}),
    }),
  ];
  return report(file, version, findings);
}
