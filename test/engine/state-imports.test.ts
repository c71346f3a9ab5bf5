// Stage 01's imports with the engines QHub/Nebari pin (docs/engines.md, "Import blocks and older
// engines"): a stage-01-shaped root (local state, one resource of a real provider) planned by
// planRoot, the function QHub configs' stage 01 goes through. Terraform 0.14.9 and 1.0.5 run
// `terraform import` into the scratch state first; Terraform 1.5.7 and OpenTofu 1.8.3 plan with
// `import` blocks. Both paths must reach the same verdict. The engines come through the real
// provisioning from a local engine mirror; the time provider from a filesystem mirror; no network.
//
// The resource is a time_rotating, imported by "BASE,ROTATION": the provider accepts the ID and
// reads the object back while its rotation is ahead (it exists), and drops it from the state once
// the rotation has passed, so the engine reports "Cannot import non-existent remote object"
// exactly as a cloud provider does for a bucket that is not there.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RootSpec } from '../../src/terraform/roots.js';
import { planRoot, type RootAttempt } from '../../src/qhub/plan-config.js';
import { STATE_STAGE } from '../../src/qhub/stages.js';
import { createEngine, type Engine } from '../../src/terraform/engine.js';
import { spawnRunner } from '../../src/terraform/process.js';
import { engineSelector, toolCacheStore } from '../../src/terraform/provision-store.js';
import type { EnginePin } from '../../src/terraform/provision.js';
import { pinText, startEngineMirror, type EngineMirror } from '../helpers/engine-mirror.js';
import { buildProviderMirror, requiredTimeProvider, type ProviderMirror } from '../helpers/provider-mirror.js';
import { noNetworkEnv } from '../helpers/tofu.js';

const PINNED: { pin: EnginePin; path: 'import command' | 'import blocks' }[] = [
  { pin: { name: 'terraform', version: '0.14.9' }, path: 'import command' },
  { pin: { name: 'terraform', version: '1.0.5' }, path: 'import command' },
  { pin: { name: 'terraform', version: '1.5.7' }, path: 'import blocks' },
  { pin: { name: 'tofu', version: '1.8.3' }, path: 'import blocks' },
];

const BASE = '2020-01-01T00:00:00Z';
const ROTATION = '2999-01-01T00:00:00Z';
/** What the provider reads back: its rotation is ahead. */
const EXISTING_ID = `${BASE},${ROTATION}`;
/** What the provider drops on read: its rotation has passed. */
const GONE_ID = `${BASE},2021-01-01T00:00:00Z`;

const work = mkdtempSync(join(tmpdir(), 'qhub-gitops-state-imports-'));
let engineMirror: EngineMirror;
let providerMirror: ProviderMirror;

beforeAll(async () => {
  engineMirror = await startEngineMirror(PINNED.map((entry) => entry.pin));
  providerMirror = await buildProviderMirror(work);
}, 120_000);
afterAll(async () => {
  await engineMirror?.close();
  rmSync(work, { recursive: true, force: true });
});

/** `engine: auto` for a release pinning `pin`: provisioned from the local mirror into a fresh tool cache. */
async function pinnedEngine(pin: EnginePin, env: Record<string, string>): Promise<Engine> {
  const options = { store: toolCacheStore(join(work, 'tool-cache')), runner: spawnRunner, env, mirror: engineMirror.url, tempDir: work };
  const engine = createEngine({ engine: 'auto', runner: spawnRunner, env, select: engineSelector({ engine: 'auto' }, options) });
  await engine.forRelease(pin);
  return engine;
}

/** A time_rotating QHub's stage 01 could hold (its state bucket, its lock table). */
function rotatingResource(name: string): string {
  return `resource "time_rotating" "${name}" {\n  rfc3339          = "${BASE}"\n  rotation_rfc3339 = var.rotation\n  triggers         = {}\n}\n`;
}

/** Like QHub's stages, the root needs a variable file: `import` must be given it too. */
const VARIABLES = 'variable "rotation" {\n  type = string\n}\n';

let counter = 0;
/** Plans a stage 01 holding one time_rotating per entry of `importIds` (resource name → import ID). */
async function planStateStage(pin: EnginePin, importIds: Record<string, string>): Promise<{ attempt: RootAttempt; engine: Engine; spec: RootSpec }> {
  const env = { PATH: '/usr/bin:/bin', HOME: work, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', ...noNetworkEnv(), TF_CLI_CONFIG_FILE: providerMirror.cliConfig };
  const dir = join(work, `root-${counter++}`, 'stages', STATE_STAGE);
  mkdirSync(dir, { recursive: true });
  const names = Object.keys(importIds);
  writeFileSync(join(dir, 'main.tf'), [requiredTimeProvider(), VARIABLES, ...names.map(rotatingResource)].join('\n'));
  const varFile = join(dir, '..', `${STATE_STAGE}.tfvars.json`);
  writeFileSync(varFile, JSON.stringify({ rotation: ROTATION }));
  const imports = names.map((name) => ({ address: `time_rotating.${name}`, id: importIds[name]! }));
  const engine = await pinnedEngine(pin, env);
  const spec: RootSpec = { dir, label: STATE_STAGE, settings: { env, varFiles: [varFile] } };
  const attempt = await planRoot(spec, imports, { engine, lock: false }, join(dir, '..', 'plans'), []);
  return { attempt, engine, spec };
}

/** What the plan would do to each resource it lists (imported ones show as no-op with import blocks). */
function plannedActions(attempt: RootAttempt): Record<string, string> {
  const { outcome } = attempt;
  if (outcome.status !== 'planned') throw new Error(`expected a plan, got ${JSON.stringify(outcome)}`);
  return Object.fromEntries(outcome.report.resources.map((entry) => [entry.address, entry.action]));
}

/** The part both paths must agree on: whether the object was there, and what the plan would change. */
function verdictOf(attempt: RootAttempt): { importsMissing: boolean; changes: Record<string, string> } {
  const changes = Object.entries(plannedActions(attempt)).filter(([, action]) => action !== 'no-op');
  return { importsMissing: attempt.importsMissing, changes: Object.fromEntries(changes) };
}

const verdicts = new Map<string, unknown>();

describe.each(PINNED)('stage 01 imports with $pin.name $pin.version ($path)', ({ pin }) => {
  const skipped = () => {
    const engineAbsent = engineMirror.missing.some((missing) => pinText(missing) === pinText(pin));
    const absent = [...(engineAbsent ? [pinText(pin)] : []), ...(providerMirror.missing ? [providerMirror.missing] : [])];
    if (absent.length === 0) return false;
    console.warn(`stage 01 imports: skipped, ${absent.join(' and ')} not built (scripts/build-engines.sh)`);
    return true;
  };

  it('imports an object that exists: the plan changes nothing', async (context) => {
    if (skipped()) return context.skip();
    const { attempt, engine } = await planStateStage(pin, { state_storage: EXISTING_ID });
    expect(await engine.identity()).toEqual({ name: pin.name, version: pin.version, source: 'auto' });
    expect(verdictOf(attempt)).toEqual({ importsMissing: false, changes: {} });
    verdicts.set(`${pinText(pin)} exists`, verdictOf(attempt));
  }, 180_000);

  it('plans to create an object that does not exist yet (first deployment)', async (context) => {
    if (skipped()) return context.skip();
    const { attempt } = await planStateStage(pin, { state_storage: GONE_ID });
    expect(verdictOf(attempt)).toEqual({ importsMissing: true, changes: { 'time_rotating.state_storage': 'create' } });
    verdicts.set(`${pinText(pin)} missing`, verdictOf(attempt));
  }, 180_000);

  it('imports the objects that exist and plans to create only the missing one (a half-made first deployment)', async (context) => {
    if (skipped()) return context.skip();
    const { attempt, engine, spec } = await planStateStage(pin, { state_storage: EXISTING_ID, state_lock: GONE_ID });
    expect(verdictOf(attempt)).toEqual({ importsMissing: true, changes: { 'time_rotating.state_lock': 'create' } });
    verdicts.set(`${pinText(pin)} partly missing`, verdictOf(attempt));
    // The plan applies as reviewed: the imported object joins the scratch state, the missing one is created.
    if (attempt.outcome.status !== 'planned' || attempt.outcome.planFile === null) throw new Error('no plan file');
    await engine.apply(spec.dir, attempt.outcome.planFile, spec.settings);
    expect((await engine.stateList(spec.dir, spec.settings)).sort()).toEqual(['time_rotating.state_lock', 'time_rotating.state_storage']);
  }, 180_000);

  it("fails the stage on an ID the provider refuses, with the provider's message", async (context) => {
    if (skipped()) return context.skip();
    const { attempt } = await planStateStage(pin, { state_storage: 'not-a-timestamp' });
    expect(attempt.importsMissing).toBe(false);
    expect(attempt.outcome.status).toBe('failed');
    if (attempt.outcome.status !== 'failed') return;
    expect(attempt.outcome.diagnostics.map((diagnostic) => diagnostic.summary)).toContain('Unexpected Format of ID');
  }, 180_000);
});

describe('both import paths', () => {
  it('reach the same verdicts', (context) => {
    const cases = ['exists', 'missing', 'partly missing'];
    const measured = PINNED.filter(({ pin }) => cases.every((name) => verdicts.has(`${pinText(pin)} ${name}`)));
    if (measured.length < 2) {
      console.warn('stage 01 imports: comparison skipped, fewer than two engines planned');
      return context.skip();
    }
    const [first, ...rest] = measured.map(({ pin }) => cases.map((name) => verdicts.get(`${pinText(pin)} ${name}`)));
    for (const other of rest) expect(other).toEqual(first);
  });
});
