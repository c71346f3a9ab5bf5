// Inputs + event -> settings: defaults, the command per event, forks, bad values.
import { describe, expect, it } from 'vitest';
import { buildSettings, commandToRun, idleReason, SettingsError, type RunnerContext } from '../../../src/action/settings.js';
import { pullRequestEvent, pushEvent, workflowDispatchEvent } from '../../emulator/fixtures.js';
import { actionInputs } from '../../helpers/action.js';

const defaults = actionInputs({ githubToken: 'ghs_token' });

function context(eventName: string, payload: unknown, ref = 'refs/heads/main'): RunnerContext {
  return { eventName, payload, repository: 'Codertocat/Hello-World', sha: 'b'.repeat(40), ref, workspace: '/home/runner/work/repo' };
}

describe('buildSettings', () => {
  it('plans a pull request by default, for its base branch', () => {
    const settings = buildSettings(defaults, context('pull_request', pullRequestEvent({ number: 3, baseRef: 'deploy/prod' })));
    expect(settings.command).toBe('plan');
    expect(settings.event).toMatchObject({ kind: 'pull_request', number: 3, baseRef: 'deploy/prod', fromFork: false });
    expect(settings).toMatchObject({
      repository: { owner: 'Codertocat', repo: 'Hello-World' },
      workingDirectory: '/home/runner/work/repo',
      repositoryDirectory: '',
      config: null,
      comment: 'always',
      failOn: 'error',
      requireReviewedPlan: true,
      cleanCluster: false,
      roots: [],
    });
  });

  it('marks a pull request from another repository as a fork, which only validates', () => {
    const settings = buildSettings(defaults, context('pull_request', pullRequestEvent({ forkOf: 'outsider/Hello-World' })));
    expect(settings.event).toMatchObject({ fromFork: true });
    const { command, preface } = commandToRun(settings);
    expect(command).toBe('validate');
    expect(preface[0]).toMatch(/comes from a fork, so only validation ran: .* no secrets and a read-only token/);
    const own = buildSettings(defaults, context('pull_request', pullRequestEvent()));
    expect(commandToRun(own)).toEqual({ command: 'plan', preface: [] });
  });

  it('applies on push, naming the pushed branch', () => {
    const settings = buildSettings(defaults, context('push', pushEvent('deploy/prod'), 'refs/heads/deploy/prod'));
    expect(settings.command).toBe('apply');
    expect(settings.event).toEqual({ kind: 'push', branch: 'deploy/prod', sha: 'b'.repeat(40) });
  });

  it('takes the command input on workflow_dispatch and requires it', () => {
    const dispatch = context('workflow_dispatch', workflowDispatchEvent('refs/heads/deploy/prod', { command: 'destroy' }), 'refs/heads/deploy/prod');
    expect(buildSettings({ ...defaults, command: 'destroy' }, dispatch).command).toBe('destroy');
    expect(() => buildSettings(defaults, dispatch)).toThrow(/Input 'command' is required on workflow_dispatch/);
  });

  it('refuses pull_request_target and unknown events', () => {
    expect(() => buildSettings(defaults, context('pull_request_target', pullRequestEvent()))).toThrow(/does not run on pull_request_target/);
    expect(() => buildSettings(defaults, context('schedule', {}))).toThrow(/not 'schedule'/);
  });

  it('keeps working-directory inside the repository and names it from the root', () => {
    const payload = pullRequestEvent();
    expect(buildSettings({ ...defaults, workingDirectory: 'infra/gcp/' }, context('pull_request', payload)).repositoryDirectory).toBe('infra/gcp');
    expect(() => buildSettings({ ...defaults, workingDirectory: '../elsewhere' }, context('pull_request', payload))).toThrow(SettingsError);
  });

  it('splits roots by line and parses booleans like getBooleanInput', () => {
    const settings = buildSettings(
      { ...defaults, roots: 'stages/01\n\n  stages/02  \n', requireReviewedPlan: 'False', cleanCluster: 'true' },
      context('pull_request', pullRequestEvent()),
    );
    expect(settings.roots).toEqual(['stages/01', 'stages/02']);
    expect(settings.requireReviewedPlan).toBe(false);
    expect(settings.cleanCluster).toBe(true);
    expect(() => buildSettings({ ...defaults, requireReviewedPlan: 'yes' }, context('pull_request', pullRequestEvent()))).toThrow(
      /'require-reviewed-plan' must be true or false/,
    );
  });

  it('rejects unknown values with the allowed ones', () => {
    const payload = context('pull_request', pullRequestEvent());
    expect(() => buildSettings({ ...defaults, command: 'deploy' }, payload)).toThrow("Input 'command' must be one of validate, plan, apply, destroy (got 'deploy').");
    expect(() => buildSettings({ ...defaults, failOn: 'notice' }, payload)).toThrow(/'fail-on' must be one of error, warning/);
    expect(() => buildSettings({ ...defaults, githubToken: '' }, payload)).toThrow(/'github-token' is empty/);
    expect(() => buildSettings(defaults, { ...payload, repository: 'nope' })).toThrow(/owner\/name/);
  });

  it('idles on pull_request activities other than opened, synchronize, reopened and a retargeting edit', () => {
    const labeled = { ...pullRequestEvent(), action: 'labeled' };
    expect(idleReason(buildSettings(defaults, context('pull_request', labeled)))).toMatch(/Nothing to do on pull_request 'labeled'/);
    for (const action of ['opened', 'synchronize', 'reopened'] as const) {
      expect(idleReason(buildSettings(defaults, context('pull_request', pullRequestEvent({ action }))))).toBeNull();
    }
    // `edited` counts only when the base branch changed (GitHub's `changes.base`).
    const retitled = { ...pullRequestEvent({ action: 'edited' }), changes: { title: { from: 'Old title' } } };
    expect(idleReason(buildSettings(defaults, context('pull_request', retitled)))).toMatch(/only the title or description/);
    const retargeted = { ...pullRequestEvent({ action: 'edited' }), changes: { base: { ref: { from: 'deploy/green' }, sha: { from: 'f'.repeat(40) } } } };
    expect(idleReason(buildSettings(defaults, context('pull_request', retargeted)))).toBeNull();
    expect(idleReason(buildSettings(defaults, context('push', pushEvent('deploy/prod'), 'refs/heads/deploy/prod')))).toBeNull();
  });

  it('explains a pull_request event without a payload', () => {
    expect(() => buildSettings(defaults, context('pull_request', {}))).toThrow(/GITHUB_EVENT_PATH/);
  });
});
