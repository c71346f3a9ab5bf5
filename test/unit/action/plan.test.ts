// The action's plan command: its plans are only for review, so they never take the state lock.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planRunOf } from '../../../src/terraform/roots.js';
import { summarizePlan } from '../../../src/terraform/summary.js';
import type { GitHubApi } from '../../../src/github/api.js';
import { runTargetOfSettings } from '../../../src/action/deployment.js';
import { planAction } from '../../../src/action/plan.js';
import type { DeployablePlanRequest, PlannedConfig } from '../../../src/qhub/plan-config.js';
import type { Settings } from '../../../src/action/settings.js';
import { buildSettings, type ActionInputs } from '../../../src/action/settings.js';
import type { Engine, RootSettings } from '../../../src/terraform/engine.js';
import { pullRequestEvent } from '../../emulator/fixtures.js';
import { templateFiles } from '../../e2e/workspace.js';
import { actionInputs, temporaryCheckouts } from '../../helpers/action.js';
import { idleEngine } from '../../helpers/fake-engine.js';
import { fakeGitHub } from '../../helpers/fake-github.js';
import { jobPorts } from '../../helpers/job-ports.js';

const inputs = actionInputs({ command: 'plan' });
const { checkout: workspace, track } = temporaryCheckouts('qhub-gitops-plan-action-');

function onPullRequest(dir: string, changed: Partial<ActionInputs> = {}) {
  return buildSettings(
    { ...inputs, ...changed },
    { eventName: 'pull_request', payload: pullRequestEvent({ number: 2, baseRef: 'deploy/blue' }), repository: 'o/r', sha: 'a'.repeat(40), ref: 'refs/pull/2/merge', workspace: dir },
  );
}

/** The base branch has nothing yet: no config, no environments, no other deployments. */
const emptyBase: GitHubApi = fakeGitHub();

/** An engine with nothing to change that records the settings of every plan. */
function recordingEngine(plans: (RootSettings | undefined)[]): Engine {
  return idleEngine({
    plan: async (_root, _planFile, settings) => {
      plans.push(settings);
      return { changes: false, warnings: [] };
    },
  });
}

/** The action's plan with the config read once, GitHub and the engine given, and the QHub planner replaced when asked. */
async function plan(settings: Settings, github: GitHubApi, engine: Engine, workDir: string, planConfig?: (request: DeployablePlanRequest) => Promise<PlannedConfig>) {
  return planAction(settings, await runTargetOfSettings(settings, 'plan'), jobPorts(engine, workDir, { github, ...(planConfig ? { planConfig } : {}) }));
}

describe('the action plan and the state lock', () => {
  it('plans explicit roots without the lock', async () => {
    const dir = workspace({ 'stack/main.tf': '' });
    const plans: (RootSettings | undefined)[] = [];
    const planDir = mkdtempSync(join(tmpdir(), 'qhub-gitops-plan-action-plans-'));
    track(planDir);
    await plan(onPullRequest(dir, { roots: 'stack' }), emptyBase, recordingEngine(plans), planDir);
    expect(plans).toEqual([{ lock: false }]);
  });

  it('asks the QHub planner for a plan without the lock', async () => {
    const dir = workspace(templateFiles());
    const requests: DeployablePlanRequest[] = [];
    const planConfig = async (request: DeployablePlanRequest) => {
      requests.push(request);
      return { run: planRunOf([]), specs: [], notes: [], previewOnly: [], renderDir: dir };
    };
    await plan(onPullRequest(dir), emptyBase, idleEngine(), dir, planConfig);
    expect(requests.map((request) => request.lock)).toEqual([false]);
  });
});

describe('the action plan and the config changes of the pull request', () => {
  it('opens the comment with them, linked to the plan, and annotates each changed line', async () => {
    const files = templateFiles();
    const baseConfig = files['qhub-config.yaml']!;
    const headConfig = baseConfig.replace('mem_limit: 12G', 'mem_limit: 11G');
    const dir = workspace({ ...files, 'qhub-config.yaml': headConfig });
    const baseApi: GitHubApi = {
      ...fakeGitHub(),
      // The base branch: the same files, but the old config.
      getContent: async (path: string) => (path in files ? new TextEncoder().encode(path === 'qhub-config.yaml' ? baseConfig : files[path]) : null),
      listDirectoryFiles: async (directory: string) => Object.keys(files).filter((path) => path.startsWith(`${directory}/`)),
    };
    const values = (memory: string) => `singleuser:\n  profileList:\n  - display_name: Small\n    kubespawner_override:\n      mem_limit: 4G\n  - display_name: Medium\n    kubespawner_override:\n      mem_limit: ${memory}\n`;
    const report = summarizePlan({
      format_version: '1.2',
      resource_changes: [{ address: 'helm_release.jupyterhub', type: 'helm_release', change: { actions: ['update'], before: { values: [values('12G')] }, after: { values: [values('11G')] } } }],
    });
    const planConfig = async () => ({ run: planRunOf([{ status: 'planned', root: '07-kubernetes-services', report, planFile: null, warnings: [] }]), specs: [], notes: [], previewOnly: [], renderDir: dir });
    const result = await plan(onPullRequest(dir), baseApi, idleEngine(), dir, planConfig);
    const line = headConfig.split('\n').findIndex((text) => text.includes('mem_limit: 11G')) + 1;
    const body = result.comment!.body;
    expect(body).toContain(`### Config changes\n\n- \`profiles.jupyterlab[1].kubespawner_override.mem_limit\` (\`qhub-config.yaml:${line}\`): \`"12G"\` → \`"11G"\` — changes \`helm_release.jupyterhub\` (\`07-kubernetes-services\`)\n\n###`);
    expect(body).toContain(`~     singleuser.profileList[1].kubespawner_override.mem_limit: "12G" → "11G"   # ← profiles.jupyterlab[1].kubespawner_override.mem_limit, qhub-config.yaml:${line}`);
    expect(result.findings).toContainEqual(
      expect.objectContaining({ rule: 'plan/config-change', severity: 'notice', file: 'qhub-config.yaml', line, message: 'changes `helm_release.jupyterhub` (`07-kubernetes-services`)' }),
    );
  });
});
