// The action's destroy job over a fake engine and a fake GitHub: it needs the typed confirmation,
// reads every state back, and keeps one issue listing what is left.
import { describe, expect, it } from 'vitest';
import { buildSettings } from '../../../src/action/settings.js';
import { runTargetOfSettings } from '../../../src/action/deployment.js';
import { destroyAction } from '../../../src/action/destroy.js';
import { workflowDispatchEvent } from '../../emulator/fixtures.js';
import { actionInputs, temporaryCheckouts } from '../../helpers/action.js';
import { fakeEngine, type FakeRoot } from '../../helpers/fake-engine.js';
import { fakeGitHub } from '../../helpers/fake-github.js';
import { jobPorts } from '../../helpers/job-ports.js';

const { checkout } = temporaryCheckouts('qhub-gitops-destroy-job-');
const BRANCH = 'deploy/blue';

function dispatched(dir: string, confirm: string) {
  return buildSettings(actionInputs({ command: 'destroy', roots: 'network\nstack', confirm }), {
    eventName: 'workflow_dispatch',
    payload: workflowDispatchEvent(`refs/heads/${BRANCH}`, { confirm }),
    repository: 'o/r',
    sha: 'c'.repeat(40),
    ref: `refs/heads/${BRANCH}`,
    workspace: dir,
  });
}

async function destroy(roots: Record<string, FakeRoot>, confirm = 'blue') {
  const dir = checkout({ 'network/main.tf': '', 'stack/main.tf': '' });
  const engine = fakeEngine(roots);
  const github = fakeGitHub();
  const settings = dispatched(dir, confirm);
  const result = await destroyAction(settings, await runTargetOfSettings(settings, 'destroy'), jobPorts(engine, dir, { github }), { runUrl: null, now: new Date('2026-12-06T00:00:00Z') });
  return { engine, github, result };
}

describe('the destroy job', () => {
  it('destroys the roots in reverse order and marks the environment inactive once every state is empty', async () => {
    const { engine, github, result } = await destroy({ network: { changes: [] }, stack: { changes: [] } });
    expect(engine.calls).toEqual(['destroy stack', 'destroy network']);
    expect(result.failure).toBeNull();
    expect(result.outputs).toMatchObject({ destroyed: 'true', leftovers: '[]' });
    expect(github.statuses.map((status) => status.state)).toEqual(['inactive']);
    expect(github.issues).toEqual([]);
  });

  it('opens one labelled issue listing what a destroy left in state, and fails', async () => {
    const { github, result } = await destroy({ network: { changes: [] }, stack: { changes: [], stateAfterDestroy: ['null_resource.stuck'] } });
    expect(result.outputs.destroyed).toBe('false');
    expect(github.issues).toHaveLength(1);
    expect(github.issues[0]).toMatchObject({ title: `Manual destruction needed for ${BRANCH}`, labels: ['qhub-gitops'], state: 'open' });
    expect(github.issues[0]!.body).toContain('null_resource.stuck');
    expect(result.failure).toContain('1 resource(s) left in state');
    expect(github.statuses).toEqual([]);
  });

  it('touches nothing without the exact confirmation', async () => {
    const { engine, github, result } = await destroy({ network: { changes: [] }, stack: { changes: [] } }, 'green');
    expect(engine.calls).toEqual([]);
    expect(result.outputs).toEqual({ destroyed: 'false' });
    expect(result.failure).toContain("confirm set to exactly 'blue'");
    expect(github.deployments).toEqual([]);
  });
});
