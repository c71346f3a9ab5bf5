// Differential test: our offline validateConfig against QHub's/Nebari's own validation,
// per installed version (scripts/setup-qhub-venvs.sh), on configs written by the real `init`,
// every corpus config and the corpus configs with their version key rewritten to the installed
// version (as nebari's own test harness does) when the corpus is present, and deterministic
// mutants of every config the real validator accepts. A clone without the corpus still
// compares the init configs and their mutants. Every disagreement must be explained in
// docs/differential.md; the agreement matrix is printed either way.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/validation/validate.js';
import { defaultCacheRoot, isVenvReady, venvPaths, type QhubPackage } from '../../src/qhub/venv.js';
import { findDocumented, loadDocumented, type DocumentedDisagreement, type Direction } from './documented.js';
import { mutantsOf } from './mutants.js';
import { initCombos, runInit, theirVerdicts, type TheirVerdict } from './theirs.js';
import { corpusConfig, corpusFiles, repoRoot } from '../corpus/corpus.js';

const docsFile = join(repoRoot, 'docs', 'differential.md');
// QHUB_GITOPS_DIFFERENTIAL_MUTANTS=1000 for a deeper hunt than CI needs.
const MUTANTS_PER_VERSION = Number(process.env.QHUB_GITOPS_DIFFERENTIAL_MUTANTS) || 120;
const MINIMUM_MUTANTS_IN_TOTAL = 300;

interface VersionEntry {
  package: QhubPackage;
  version: string;
  family: string;
}
const versions = (JSON.parse(await readFile(join(repoRoot, 'src/qhub/python/versions.json'), 'utf8')) as { versions: VersionEntry[] }).versions;
const readiness = await Promise.all(versions.map((entry) => isVenvReady(entry, { env: process.env })));
versions.forEach((entry, i) => {
  if (!readiness[i]) console.warn(`SKIPPED differential test for ${entry.package} ${entry.version}: no virtualenv; run scripts/setup-qhub-venvs.sh`);
});

type Origin = 'corpus' | 'rewrite' | 'init' | 'mutant';
interface Case {
  id: string;
  origin: Origin;
  text: string;
  file: string;
}
type Outcome = 'both-valid' | 'both-invalid' | Direction;
interface Compared {
  version: string;
  testCase: Case;
  theirs: TheirVerdict;
  ours: { valid: boolean; messages: string[] };
  outcome: Outcome;
  documented?: DocumentedDisagreement;
}

/**
 * Schema-level errors, plus the one guard rule that mirrors a check inside QHub's own validator
 * (duplicate uids, rejected by 0.3.12-0.3.14). The other guard rules are project conventions
 * beyond QHub's schema and are not QHub's verdict.
 */
const SCHEMA_RULE = /^(schema\/|load\/|version\/|duplicate-uid$)/;

function ourVerdict(text: string, version: string): { valid: boolean; messages: string[] } {
  try {
    const report = validateConfig({ config: { bytes: text, file: 'case.yaml' }, requestedVersion: version });
    const errors = report.findings.filter((finding) => finding.severity === 'error' && SCHEMA_RULE.test(finding.rule));
    return { valid: errors.length === 0, messages: errors.map((finding) => `${finding.rule} ${finding.path}: ${finding.message}`) };
  } catch (error) {
    return { valid: false, messages: [`THREW ${(error as Error).stack ?? String(error)}`] };
  }
}

function outcomeOf(ours: boolean, theirs: boolean): Outcome {
  if (ours && theirs) return 'both-valid';
  if (!ours && !theirs) return 'both-invalid';
  return ours ? 'theirs-only-invalid' : 'ours-only-invalid';
}

/** The config with its version key set to the installed version, when it names another one. */
function withVersion(text: string, version: string): string | null {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return null;
  for (const key of ['qhub_version', 'nebari_version']) {
    if (doc.hasIn([key]) && String(doc.getIn([key])) !== version) {
      doc.setIn([key], version);
      return doc.toString();
    }
  }
  return null;
}

async function mapLimit<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  });
  await Promise.all(workers);
  return results;
}

const allCompared: Compared[] = [];
let documented: DocumentedDisagreement[] = [];
let scratch = '';

describe('differential: validateConfig vs the real QHub/Nebari validators', () => {
  beforeAll(async () => {
    documented = await loadDocumented(docsFile);
    scratch = await mkdtemp(join(tmpdir(), 'qhub-gitops-differential-'));
  });

  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
    if (allCompared.length === 0) return;
    printMatrix(allCompared);
    const ranVersions = new Set(allCompared.map((record) => record.version));
    const stale = documented.filter(
      (row) => (row.version === '*' || ranVersions.has(row.version)) && !allCompared.some((record) => record.documented === row),
    );
    if (stale.length > 0) {
      console.warn(`docs/differential.md rows that matched no disagreement in this run (some only match with a larger QHUB_GITOPS_DIFFERENTIAL_MUTANTS; if none, remove them):\n${stale.map((row) => `  ${row.version} ${row.casePattern} ${row.direction}`).join('\n')}`);
    }
    // Every verdict pair, for whoever fixes a schema: QHUB_GITOPS_DIFFERENTIAL_REPORT=/path/report.json
    const reportFile = process.env.QHUB_GITOPS_DIFFERENTIAL_REPORT;
    if (reportFile) await writeFile(reportFile, JSON.stringify(allCompared, null, 1));
  });

  versions.forEach((entry, index) => {
    describe.skipIf(!readiness[index])(`${entry.package} ${entry.version} (${entry.family})`, () => {
      const compared: Compared[] = [];

      beforeAll(async () => {
        const venv = venvPaths(entry, defaultCacheRoot(process.env));
        const dir = join(scratch, `${entry.package}-${entry.version}`);
        const cases: Case[] = [];
        let counter = 0;
        const addCase = (id: string, origin: Origin, text: string) => {
          cases.push({ id, origin, text, file: join(dir, `${counter++}.yaml`) });
        };
        await rm(dir, { recursive: true, force: true });
        await mkdir(dir, { recursive: true });

        for (const name of corpusFiles('configs', '.yaml')) {
          const text = corpusConfig(name);
          addCase(`corpus:${name}`, 'corpus', text);
          const rewritten = withVersion(text, entry.version);
          if (rewritten !== null) addCase(`rewrite:${name}`, 'rewrite', rewritten);
        }
        const combos = initCombos(entry.package, entry.version);
        const inits = await mapLimit(combos, 2, (combo) => runInit(venv, combo, join(dir, 'init')));
        combos.forEach((combo, i) => {
          const written = inits[i];
          if (written) cases.push({ id: `init:${combo.name}`, origin: 'init', text: written.text, file: written.file });
        });
        for (const testCase of cases) if (testCase.origin !== 'init') await writeFile(testCase.file, testCase.text);

        const firstVerdicts = await theirVerdicts(venv, cases.map((testCase) => testCase.file));
        const seeds = cases.filter((_, i) => firstVerdicts[i]!.valid);
        const perSeed = seeds.length === 0 ? 0 : Math.ceil(MUTANTS_PER_VERSION / seeds.length);
        const mutantCases: Case[] = [];
        for (const seed of seeds) {
          const seedName = seed.id.replace(/^(corpus|rewrite|init):/, '$1-').replace(/\.yaml$/, '');
          for (const mutant of mutantsOf(seedName, seed.text, entry.version, perSeed)) {
            const file = join(dir, `${counter++}.yaml`);
            mutantCases.push({ id: mutant.id, origin: 'mutant', text: mutant.text, file });
            await writeFile(file, mutant.text);
          }
        }
        const mutantVerdicts = await theirVerdicts(venv, mutantCases.map((testCase) => testCase.file));

        [...cases, ...mutantCases].forEach((testCase, i) => {
          const theirs = i < cases.length ? firstVerdicts[i]! : mutantVerdicts[i - cases.length]!;
          const ours = ourVerdict(testCase.text, entry.version);
          const outcome = outcomeOf(ours.valid, theirs.valid);
          const record: Compared = { version: entry.version, testCase, theirs, ours, outcome };
          if (outcome === 'ours-only-invalid' || outcome === 'theirs-only-invalid') {
            record.documented = findDocumented(documented, entry.version, testCase.id, outcome);
          }
          compared.push(record);
          allCompared.push(record);
        });
      });

      it('never throws out of validateConfig', () => {
        const threw = compared.filter((record) => record.ours.messages.some((message) => message.startsWith('THREW')));
        expect(threw.map((record) => `${record.testCase.id}: ${record.ours.messages[0]}`)).toEqual([]);
      });

      it('agrees with the real validator, except for the disagreements docs/differential.md explains', () => {
        const undocumented = compared.filter((record) => record.outcome.endsWith('-only-invalid') && !record.documented);
        if (undocumented.length > 0) {
          console.log(
            [`${entry.package} ${entry.version}: ${undocumented.length} undocumented disagreements`, ...undocumented.map(describeDisagreement)].join('\n'),
          );
        }
        expect(undocumented.map((record) => `${record.outcome} ${record.testCase.id}`)).toEqual([]);
      });
    });
  });

  it.skipIf(!readiness.every(Boolean))(`compares at least ${MINIMUM_MUTANTS_IN_TOTAL} mutants in total`, () => {
    expect(allCompared.filter((record) => record.testCase.origin === 'mutant').length).toBeGreaterThanOrEqual(MINIMUM_MUTANTS_IN_TOTAL);
  });
});

function describeDisagreement(record: Compared): string {
  const theirs = record.theirs.valid ? 'valid' : `${record.theirs.kind}: ${record.theirs.message.replace(/\s+/g, ' ').slice(0, 300)}`;
  const ours = record.ours.valid ? 'valid' : record.ours.messages.slice(0, 2).join(' / ').replace(/\s+/g, ' ').slice(0, 300);
  return `  ${record.outcome} ${record.testCase.id}\n    theirs: ${theirs}\n    ours:   ${ours}`;
}

function printMatrix(records: Compared[]): void {
  const outcomes: Outcome[] = ['both-valid', 'both-invalid', 'ours-only-invalid', 'theirs-only-invalid'];
  const rows = new Map<string, Record<string, number>>();
  for (const record of records) {
    for (const key of [record.version, 'total']) {
      const row = rows.get(key) ?? { cases: 0, mutants: 0, documented: 0, 'both-valid': 0, 'both-invalid': 0, 'ours-only-invalid': 0, 'theirs-only-invalid': 0 };
      row.cases!++;
      if (record.testCase.origin === 'mutant') row.mutants!++;
      row[record.outcome]!++;
      if (record.documented) row.documented!++;
      rows.set(key, row);
    }
  }
  const total = rows.get('total')!;
  rows.delete('total');
  rows.set('total', total);
  const columns = ['cases', 'mutants', ...outcomes, 'documented'];
  const lines = [
    'Differential agreement matrix (our validateConfig vs the real QHub/Nebari validation):',
    `| version | ${columns.join(' | ')} |`,
    `|---|${columns.map(() => '---:').join('|')}|`,
    ...[...rows].map(([version, row]) => `| ${version} | ${columns.map((column) => row[column]).join(' | ')} |`),
  ];
  console.log(lines.join('\n'));
}
