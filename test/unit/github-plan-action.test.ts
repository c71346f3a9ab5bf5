// The action's plan command: its plans are only for review, so they never take the state lock.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planRunOf } from '../../src/commands/plan.js';
import type { GitHubApi } from '../../src/github/api.js';
import { runQhubPlan, runRootsPlan, type QhubPlanRequest } from '../../src/github/plan-action.js';
import { buildSettings, type ActionInputs } from '../../src/github/settings.js';
import type { Engine, RootSettings } from '../../src/terraform/engine.js';
import { pullRequestEvent } from '../emulator/fixtures.js';
import { templateFiles } from '../e2e/workspace.js';
import { actionInputs, temporaryCheckouts } from '../helpers/action.js';

const inputs = actionInputs({ command: 'plan' });
const { checkout: workspace, track } = temporaryCheckouts('qhub-gitops-plan-action-');

function onPullRequest(dir: string, changed: Partial<ActionInputs> = {}) {
  return buildSettings(
    { ...inputs, ...changed },
    { eventName: 'pull_request', payload: pullRequestEvent({ number: 2, baseRef: 'deploy/blue' }), repository: 'o/r', sha: 'a'.repeat(40), ref: 'refs/pull/2/merge', workspace: dir },
  );
}

/** The base branch has nothing yet: no config, no environments, no other deployments. */
const emptyBase = {
  getContent: async () => null,
  listDirectoryFiles: async () => [],
  listBranches: async () => [],
} as unknown as GitHubApi;

/** An engine with nothing to change that records the settings of every plan. */
function recordingEngine(plans: (RootSettings | undefined)[]): Engine {
  return {
    command: 'tofu',
    forRelease: async () => {},
    version: async () => ({ tool: 'opentofu', version: '1.10.7' }),
    identity: async () => ({ name: 'tofu', version: '1.10.7', source: 'path' }),
    stateVersion: async () => null,
    importResource: async () => {},
    init: async () => {},
    plan: async (_root, _planFile, settings) => {
      plans.push(settings);
      return { changes: false, warnings: [] };
    },
    showJson: async () => JSON.stringify({ format_version: '1.2', resource_changes: [] }),
    apply: async () => {},
    destroy: async () => {},
    stateList: async () => [],
    outputJson: async () => ({}),
    forceUnlock: async () => {},
  };
}

describe('the action plan and the state lock', () => {
  it('plans explicit roots without the lock', async () => {
    const dir = workspace({ 'stack/main.tf': '' });
    const plans: (RootSettings | undefined)[] = [];
    const planDir = mkdtempSync(join(tmpdir(), 'qhub-gitops-plan-action-plans-'));
    track(planDir);
    await runRootsPlan(onPullRequest(dir, { roots: 'stack' }), emptyBase, { engine: recordingEngine(plans), planDir }, []);
    expect(plans).toEqual([{ lock: false }]);
  });

  it('asks the QHub planner for a plan without the lock', async () => {
    const dir = workspace(templateFiles());
    const requests: QhubPlanRequest[] = [];
    const planConfig = async (request: QhubPlanRequest) => {
      requests.push(request);
      return { run: planRunOf([]), specs: [], notes: [], previewOnly: [], renderDir: dir };
    };
    await runQhubPlan(onPullRequest(dir), emptyBase, { planConfig, workDir: dir }, []);
    expect(requests.map((request) => request.lock)).toEqual([false]);
  });
});
