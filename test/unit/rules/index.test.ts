import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadYaml } from '../../../src/config/load.js';
import type { LoadedDocument } from '../../../src/config/types.js';
import { compareFindings } from '../../../src/config/order.js';
import { rules, runRules } from '../../../src/rules/index.js';
import { context, corpusFiles, corpusText, describeWithCorpus, load } from './helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const DESIGN_IDS = ['immutable-field', 'storage-resize', 'provider-block', 'node-group-bounds', 'profile-fit', 'default-profile', 'project-name', 'lets-encrypt-email', 'duplicate-uid', 'plaintext-secret', 'unpinned-package', 'dask-pin', 'environment-removed', 'deployment-collision', 'version-pin'];
/** One version per family. */
const VERSIONS = ['0.3.11', '0.3.13', '0.4.5', '2023.7.2', '2025.10.1'];

/** A document over arbitrary data, answering no positions (rules must cope). */
function documentOf(data: unknown): LoadedDocument {
  return { file: 'garbage.yaml', data, keyPosition: () => null, valuePosition: () => null, fileFor: () => 'garbage.yaml' };
}

describe('rule registry', () => {
  it('has exactly the rule ids of DESIGN.md, each in its own file with its metadata', () => {
    expect(rules.map((rule) => rule.id)).toEqual(DESIGN_IDS);
    const files = readdirSync(resolve(here, '../../../src/rules')).filter((name) => name.endsWith('.ts') && !['index.ts', 'types.ts'].includes(name));
    expect(files.map((name) => name.replace(/\.ts$/, '')).sort()).toEqual([...DESIGN_IDS].sort());
    for (const rule of rules) {
      expect(rule.description).not.toContain('\n');
      expect(rule.doc.length).toBeGreaterThan(rule.description.length);
      expect(rule.doc).toMatch(/What to do/);
    }
  });

  it('has one test file per rule', () => {
    const tests = readdirSync(here).filter((name) => name.endsWith('.test.ts'));
    for (const id of DESIGN_IDS) expect(tests).toContain(`${id}.test.ts`);
  });
});

describe('runRules', () => {
  it('sorts findings by file, line, column, rule', () => {
    const text = 'project_name: demo\nprovider: gcp\nsecurity:\n  users:\n    a: {uid: 1}\n    b: {uid: 1}\ncertificate:\n  type: lets-encrypt\n';
    const findings = runRules(context(text, '0.3.11'));
    expect(findings.map((f) => [f.rule, f.line])).toEqual([
      ['provider-block', 2],
      ['duplicate-uid', 6],
      ['lets-encrypt-email', 7],
    ]);
    expect([...findings].sort(compareFindings)).toEqual(findings);
  });

  it('never throws on arbitrary data, for every version family', () => {
    const yamlish = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.boolean(), fc.double(), fc.integer(), fc.string(), fc.constantFrom('5G', '200Gi', 'lets-encrypt', 'gcp', 'aws', 'dask ==1', 'QHUB_SECRET_X'), tie('list'), tie('map')),
      list: fc.array(tie('value'), { maxLength: 4 }),
      map: fc.dictionary(
        fc.constantFrom('project_name', 'namespace', 'provider', 'storage', 'conda_store', 'profiles', 'jupyterlab', 'dask_worker', 'kubespawner_override', 'mem_guarantee', 'cpu_limit', 'worker_memory', 'node_groups', 'user', 'worker', 'general', 'instance', 'min_nodes', 'max_nodes', 'google_cloud_platform', 'amazon_web_services', 'local', 'environments', 'dependencies', 'pip', 'security', 'users', 'uid', 'password', 'client_secret', 'certificate', 'type', 'default', 'default_images', 'qhub_version', 'node_selector', 'terraform_state', 'toString', '__proto__'),
        tie('value'),
        { maxKeys: 6 },
      ),
    }));
    fc.assert(
      fc.property(yamlish.value, yamlish.value, fc.constantFrom(...VERSIONS), (data, baseData, versionValue) => {
        const findings = runRules(context(documentOf(data), versionValue, { base: documentOf(baseData), otherDeployments: [documentOf(baseData)], requestedVersion: '0.4.5' }));
        expect(Array.isArray(findings)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

describeWithCorpus('runRules on every corpus file, valid or not', () => {
  const files = corpusFiles('configs', '.yaml');
  it.each(VERSIONS)('never throws and always locates findings at %s', (versionValue) => {
    for (const file of files) {
      const { document } = loadYaml(corpusText(file), file);
      if (!document) continue;
      for (const finding of runRules(context(document, versionValue, { base: load('project_name: other\n'), requestedVersion: versionValue }))) {
        expect(finding.line, `${file}: ${finding.rule} ${finding.path}`).not.toBeNull();
      }
    }
  });
});

