// One way an engine error becomes a root's failure, in the plan loop and the destroy loop alike.
import { describe, expect, it } from 'vitest';
import type { Diagnostic, StateLock } from '../../../src/terraform/diagnostics.js';
import { EngineError } from '../../../src/terraform/engine.js';
import { PlanFormatError } from '../../../src/terraform/plan-json.js';
import { destroyInReverse, failureOf, planRoots, stepFailureOf } from '../../../src/terraform/roots.js';
import { runnerDiagnostics } from '../../../src/terraform/runner-warnings.js';
import { idleEngine } from '../../helpers/fake-engine.js';

const runnerWarning: Diagnostic = { severity: 'warning', summary: 'Unable to open CLI configuration file', detail: 'The CLI configuration file at "/x" does not exist.', location: null };
const ownError: Diagnostic = { severity: 'error', summary: 'Error acquiring the state lock', detail: 'ConditionalCheckFailedException', location: null };
const lock: StateLock = { id: 'f3a1', path: 'bucket/terraform.tfstate', operation: 'OperationTypeApply', who: 'ci@runner', created: '2026-12-06 10:00:00 UTC', unlockCommand: 'tofu force-unlock f3a1' };
const specs = [{ dir: '/w/infra/a', label: 'infra/a' }];

describe('stepFailureOf', () => {
  it('keeps the step, diagnostics and lock of an engine error, taking the runner’s diagnostics out when given a runner', () => {
    const error = new EngineError('init', '/w/infra/a', [runnerWarning, ownError], lock);
    expect(stepFailureOf(error)).toEqual({ step: 'init', diagnostics: [runnerWarning, ownError], lock });
    const runner = runnerDiagnostics();
    expect(stepFailureOf(error, runner)).toEqual({ step: 'init', diagnostics: [ownError], lock });
    expect(runner.found()).toEqual([runnerWarning]);
  });

  it('reports unreadable plan JSON as a failed show', () => {
    expect(stepFailureOf(new PlanFormatError('plan of infra/a is not JSON'))).toEqual({
      step: 'show',
      diagnostics: [{ severity: 'error', summary: 'plan of infra/a is not JSON', detail: '', location: null }],
      lock: null,
    });
  });

  it('rethrows any other error', () => {
    const bug = new TypeError('not a root failure');
    expect(() => stepFailureOf(bug)).toThrow(bug);
    expect(() => failureOf(bug, 'infra/a')).toThrow(bug);
  });
});

describe('the plan loop', () => {
  it('turns an engine error into a failed outcome with its step, diagnostics and lock', async () => {
    const engine = idleEngine({
      init: async (dir) => {
        throw new EngineError('init', dir, [ownError], lock);
      },
    });
    const run = await planRoots(specs, engine, { planDir: '/tmp/unused' });
    expect(run.roots).toEqual([{ status: 'failed', root: 'infra/a', step: 'init', diagnostics: [ownError], lock, partial: null, engine: await engine.identity(), stateVersion: null }]);
    expect(run.failed).toBe(true);
  });

  it('turns unreadable plan JSON into a failed show', async () => {
    const run = await planRoots(specs, idleEngine({ showJson: async () => 'not json' }), { planDir: '/tmp/unused' });
    expect(run.roots[0]).toMatchObject({ status: 'failed', root: 'infra/a', step: 'show', lock: null, partial: null });
  });

  it('rethrows an unexpected error', async () => {
    const bug = new TypeError('not a root failure');
    await expect(planRoots(specs, idleEngine({ plan: () => Promise.reject(bug) }), { planDir: '/tmp/unused' })).rejects.toBe(bug);
  });
});

describe('the destroy loop', () => {
  it('turns an engine error into the root’s failure, with the runner’s diagnostics reported once for the run', async () => {
    const engine = idleEngine({
      destroy: async (dir) => {
        throw new EngineError('destroy', dir, [runnerWarning, ownError], lock);
      },
    });
    const run = await destroyInReverse(specs, engine);
    expect(run.roots).toEqual([{ root: 'infra/a', failure: { step: 'destroy', diagnostics: [ownError], lock }, state: { root: 'infra/a', addresses: [] } }]);
    expect(run.runnerWarnings).toEqual([runnerWarning]);
  });

  it('rethrows an unexpected error', async () => {
    const bug = new TypeError('not a root failure');
    await expect(destroyInReverse(specs, idleEngine({ init: () => Promise.reject(bug) }))).rejects.toBe(bug);
  });
});
