// Property-based robustness: whatever bytes, text or YAML a pull request puts in a config,
// loadYaml and validateConfig answer with findings and never throw.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadYaml } from '../../../src/config/load.js';
import type { Finding } from '../../../src/config/types.js';
import { validateConfig } from '../../../src/validation/validate.js';
import type { ValidationReport } from '../../../src/config/types.js';
import { corpusFiles, corpusPath } from '../../corpus/corpus.js';

const VERSIONS = [undefined, '0.3.11', '0.3.14', '0.4.5', '2023.7.2', '2025.10.1', '0.2.0', 'latest', ''];

function expectWellFormed(findings: Finding[]): void {
  for (const finding of findings) {
    expect(['error', 'warning', 'notice']).toContain(finding.severity);
    expect(typeof finding.rule).toBe('string');
    expect(finding.message.length).toBeGreaterThan(0);
    expect(typeof finding.path).toBe('string');
    if (finding.line !== null) expect(finding.line).toBeGreaterThanOrEqual(1);
    if (finding.column !== null) expect(finding.column).toBeGreaterThanOrEqual(1);
  }
}

/** loadYaml gives a mapping document or load/* errors, never both and never neither. */
function checkLoad(bytes: Uint8Array | string): void {
  const result = loadYaml(bytes, 'fuzz.yaml');
  expectWellFormed(result.findings);
  if (result.document) {
    const data = result.document.data;
    expect(data !== null && typeof data === 'object' && !Array.isArray(data)).toBe(true);
  } else {
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.every((finding) => finding.severity === 'error' && finding.rule.startsWith('load/'))).toBe(true);
  }
}

function hasMergeKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasMergeKey);
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, child]) => key === '<<' || hasMergeKey(child));
}

function checkReport(report: ValidationReport): void {
  expectWellFormed(report.findings);
  expect(report.valid).toBe(!report.findings.some((finding) => finding.severity === 'error'));
}

/** Pieces of YAML syntax, so generated text reaches the parser's corners, not only its first error. */
const yamlToken = fc.constantFrom(
  'project_name', 'provider', 'profiles', 'jupyterlab', 'dask_worker', 'security', 'users', 'environments',
  ':', ': ', '- ', '  ', '    ', '\n', '\n  ', '#', '&a ', '*a', '&b ', '*b', '<<: ', '!!str ', '!!int ', '!!binary ', '!custom ',
  '? ', '[', ']', '{', '}', ',', '"', "'", '|', '>', '|-', '>+', '---', '...', '%YAML 1.1\n', '%TAG ! tag:x,2000:\n',
  'a: &a [*a]', '{<<: *a}', '<<: [*a, *b]',
  '\t', '\\', '~', 'null', 'true', 'yes', 'on', '0x1F', '0o17', '1_000', '.inf', '.nan', '2024-01-01', '1e3', '-0',
  'qhub_version: 0.4.5', 'nebari_version: 2023.7.2', '\uFEFF', '\u00e9', '\u{1F600}', '\r\n', '\u2028',
);
const yamlishText = fc.array(yamlToken, { maxLength: 60 }).map((tokens) => tokens.join(''));

/** Values of every JSON-ish kind placed under keys a real config has. */
const configLike = fc.dictionary(
  fc.constantFrom('project_name', 'provider', 'namespace', 'domain', 'qhub_version', 'nebari_version', 'profiles', 'security',
    'default_images', 'storage', 'environments', 'local', 'google_cloud_platform', 'amazon_web_services', 'azure', 'digital_ocean',
    'certificate', 'ci_cd', 'terraform_state', 'theme', 'cdsdashboards', 'jupyterhub', 'monitoring', 'cluster'),
  fc.jsonValue({ maxDepth: 4 }),
  { maxKeys: 12 },
);

describe('loadYaml never throws', () => {
  it('on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => checkLoad(bytes)), { numRuns: 400 });
  });

  it('on arbitrary Unicode text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), (text) => checkLoad(text)), { numRuns: 400 });
  });

  it('on YAML-shaped text with anchors, tags, directives and flow collections', () => {
    fc.assert(fc.property(yamlishText, (text) => checkLoad(text)), { numRuns: 800 });
  });

  it('on deep nesting and alias fan-out', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 12 }), (depth, fanOut) => {
        checkLoad(`a: ${'['.repeat(depth)}${']'.repeat(depth)}`);
        checkLoad(`a: ${'{x: '.repeat(depth)}1${'}'.repeat(depth)}`);
        const layers = Array.from({ length: fanOut }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(fanOut).fill(`*l${i}`).join(', ')}]`);
        checkLoad(['l0: &l0 [x]', ...layers].join('\n'));
      }),
      { numRuns: 60 },
    );
  });

  it('on recursive aliases, odd merge keys and undefined anchors', () => {
    const tricky = [
      'a: &a [*a]',
      'a: &a {b: *a}',
      'a: &a {<<: *a}',
      'a: &a {x: 1}\nb: {<<: [*a, *a], <<: *a}',
      'a: {<<: 5}',
      'a: {<<: [1, 2]}',
      'a: &a {x: 1}\nb: {<<: *a, x: 2}\nc: &a [1]\nd: *a',
      'a: *nope',
      'project_name: &p demo\nprofiles: {jupyterlab: [&j {display_name: *p}, {<<: *j, default: true}]}',
    ];
    for (const text of tricky) {
      checkLoad(text);
      for (const version of VERSIONS) checkReport(validateConfig({ config: { bytes: text, file: 'tricky.yaml' }, requestedVersion: version }));
    }
  });

  it('on nesting far deeper than a recursive parser could follow', () => {
    const depth = 100_000;
    checkLoad(`a: ${'['.repeat(depth)}${']'.repeat(depth)}`);
    checkLoad(`a: ${'{x: '.repeat(depth)}1${'}'.repeat(depth)}`);
    checkReport(validateConfig({ config: { bytes: `project_name: ${'['.repeat(depth)}${']'.repeat(depth)}`, file: 'deep.yaml' }, requestedVersion: '0.4.5' }));
  });

  it('round-trips any JSON mapping written as YAML', () => {
    fc.assert(
      // `<<` is a merge key to the loader, as to QHub's, so it is no plain key to round-trip.
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { minKeys: 1, maxKeys: 8 }).filter((data) => !hasMergeKey(data)), (data) => {
        const result = loadYaml(stringify(data), 'fuzz.yaml');
        expect(result.findings).toEqual([]);
        // JSON has no -0; YAML and JS keep it, so compare through JSON.
        expect(JSON.parse(JSON.stringify(result.document?.data))).toEqual(JSON.parse(JSON.stringify(data)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('validateConfig never throws', () => {
  it('on config-shaped mappings with values of any type, for every version option', () => {
    fc.assert(
      fc.property(configLike, fc.constantFrom(...VERSIONS), (data, version) => {
        checkReport(validateConfig({ config: { bytes: stringify(data), file: 'qhub-config.yaml' }, requestedVersion: version }));
      }),
      { numRuns: 500 },
    );
  });

  it('on arbitrary text as config, base, other deployments and environment files', () => {
    fc.assert(
      fc.property(
        fc.oneof(yamlishText, configLike.map((data) => stringify(data))),
        fc.option(fc.oneof(yamlishText, configLike.map((data) => stringify(data))), { nil: undefined }),
        fc.array(fc.oneof(yamlishText, fc.uint8Array({ maxLength: 64 })), { maxLength: 2 }),
        fc.array(fc.oneof(yamlishText, fc.jsonValue({ maxDepth: 3 }).map((value) => stringify(value))), { maxLength: 3 }),
        fc.constantFrom(...VERSIONS),
        (config, base, others, environments, version) => {
          checkReport(
            validateConfig({
              config: { bytes: config, file: 'qhub-config.yaml' },
              requestedVersion: version,
              ...(base === undefined ? {} : { base: { bytes: base, file: 'base.yaml' } }),
              otherDeployments: others.map((bytes, i) => ({ bytes, file: `other-${i}.yaml` })),
              environmentFiles: environments.map((bytes, i) => ({ bytes, file: `environments/env-${i}.yaml` })),
            }),
          );
        },
      ),
      { numRuns: 400 },
    );
  });
});

// The template repository's config always; the corpus of real configs when it is beside the checkout.
describe('validateConfig never throws on damaged real configs', () => {
  const configs = [
    readFileSync(new URL('../../../template-repo/qhub-config.yaml', import.meta.url)),
    ...corpusFiles('configs', '.yaml').map((name) => readFileSync(corpusPath('configs', name))),
  ];

  it('with bytes flipped, inserted, deleted or the file truncated', () => {
    const damage = fc.tuple(
      fc.nat({ max: configs.length - 1 }),
      fc.array(fc.tuple(fc.constantFrom('flip', 'insert', 'delete', 'truncate'), fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
      fc.constantFrom(...VERSIONS),
    );
    fc.assert(
      fc.property(damage, ([index, edits, version]) => {
        let bytes = Uint8Array.from(configs[index]!);
        for (const [edit, position, value] of edits) {
          const at = bytes.length === 0 ? 0 : position % bytes.length;
          if (edit === 'flip') bytes[at] = value;
          else if (edit === 'insert') bytes = Uint8Array.from([...bytes.subarray(0, at), value, ...bytes.subarray(at)]);
          else if (edit === 'delete') bytes = Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at + 1)]);
          else bytes = bytes.subarray(0, at);
        }
        checkReport(validateConfig({ config: { bytes, file: 'qhub-config.yaml' }, requestedVersion: version }));
      }),
      { numRuns: 300 },
    );
  });
});
