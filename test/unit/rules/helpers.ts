// Shared test support for the guard rules: corpus access (skipped visibly when absent),
// documents from text, contexts per version, in-memory edits that fail loudly when they miss.
import { loadYaml } from '../../../src/config/load.js';
import type { Finding, LoadedDocument, VersionFamily, VersionInfo } from '../../../src/config/types.js';
import type { RuleContext } from '../../../src/rules/types.js';

export { corpusConfig as corpusText, corpusFiles, describeWithCorpus } from '../../corpus/corpus.js';

export function load(text: string, file = 'qhub-config.yaml'): LoadedDocument {
  const { document, findings } = loadYaml(text, file);
  if (!document) throw new Error(`test document does not load: ${JSON.stringify(findings)}`);
  return document;
}

const FAMILIES: [prefix: RegExp, family: VersionFamily][] = [
  [/^0\.3\.11$/, 'qhub-0.3.11'],
  [/^0\.3\.1[234]$/, 'qhub-0.3.12'],
  [/^0\.4\./, 'qhub-0.4'],
  [/^(2022\.|2023\.[1-7]\.)/, 'nebari-2022.10'],
  [/^20\d\d\./, 'nebari-2023.10'],
];

export function version(value: string): VersionInfo {
  const family = FAMILIES.find(([pattern]) => pattern.test(value))?.[1];
  if (!family) throw new Error(`no family for ${value}`);
  return { family, value, source: 'option' };
}

export function context(config: LoadedDocument | string, versionValue: string, extras: Partial<RuleContext> = {}): RuleContext {
  return {
    config: typeof config === 'string' ? load(config) : config,
    version: version(versionValue),
    otherDeployments: [],
    environmentFiles: new Map(),
    ...extras,
  };
}

/** Replaces exactly one occurrence of `from`; throws when it is absent or ambiguous, so a test never checks an unedited file. */
export function edit(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  if (first === -1) throw new Error(`edit: ${JSON.stringify(from)} not found`);
  if (text.indexOf(from, first + 1) !== -1) throw new Error(`edit: ${JSON.stringify(from)} occurs more than once`);
  return text.slice(0, first) + to + text.slice(first + from.length);
}

/** 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`lineOf: ${JSON.stringify(needle)} not found`);
  return index + 1;
}

/** The findings of one rule, for concise assertions. */
export function only(findings: Finding[], rule: string): Finding[] {
  return findings.filter((finding) => finding.rule === rule);
}

/** Real configs used as the base of break tests. */
export const REAL = {
  /** QHub 0.3.11 on GCP with Auth0 (a real deployment repository). */
  gcp0311: 'tarundmsharma__qhub__2b7b955__qhub-config.yaml',
  /** QHub 0.3.11, local provider, password users. */
  local0311: 'viniciusdc__qhub-linter-test__a35425f__qhub-config.yaml',
  /** QHub 0.3.10-era config on DigitalOcean, valid at 0.3.11. */
  do0311: 'nebari-dev__nebari__v0.4.0__tests__qhub-config-yaml-files-for-upgrade__qhub-config-do-310.yaml',
  /** QHub 0.4.5 on AWS (NASA VEDA). */
  aws045: 'NASA-IMPACT__veda-qhub__3d04e13__qhub-config.yaml',
  /** Nebari 2023.7.2 docs example on GCP. */
  gcpNebari: 'nebari-dev__nebari-docs__1b51a4a__docs__classic__explanations__advanced-configuration.md__complete-example.yaml',
  /** Nebari 2023.10+ test fixtures. */
  awsHappy: 'nebari-dev__nebari__2024.1.1__tests__tests_unit__cli_validate__aws.happy.yaml',
  localHappy: 'nebari-dev__nebari__2025.10.1__tests__tests_unit__cli_validate__local.happy.yaml',
} as const;
