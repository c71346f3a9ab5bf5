// dist/index.js streams an engine's output into the log while the engine runs, in a group of its
// own, as text that cannot issue workflow commands. The engine is a script that prints one line
// and then waits until this test has seen that line in the action's stdout: were the output
// buffered until the engine exits, the line would never arrive in time and the script would give
// up and say so. No timing threshold: the order of events decides.
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workflowDispatchEvent } from '../emulator/fixtures.js';
import { runAction } from './run-action.js';
import { ACTIONS_BOT, useEmulator } from './emulator-per-file.js';

const TOKEN = 'ghs_liveLogE2eToken0a1b2c3d4e5f';
const BRANCH = 'deploy/blue';
const FIRST = 'slow engine: first line of init';

/** Answers `version`; `init` prints a line, a workflow-command look-alike, and waits (at most 60 s) for the release file. */
const SLOW_ENGINE = `#!/bin/sh
if [ "$1" = version ]; then echo "OpenTofu v1.10.7"; exit 0; fi
if [ "$1" = init ]; then
  echo "${FIRST}"
  echo "::error::an engine line that looks like a workflow command"
  i=0
  while [ ! -e "$SLOW_ENGINE_RELEASE" ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done
  if [ -e "$SLOW_ENGINE_RELEASE" ]; then echo "slow engine: released"; else echo "slow engine: never released"; fi
  echo "Error: stopping here on purpose" >&2
  exit 1
fi
exit 1
`;

const github = useEmulator();
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'qhub-gitops-live-log-e2e-'));
  github.emulator.addToken(TOKEN, ACTIONS_BOT);
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('qhub-gitops action: the engine output in the log', () => {
  it('shows each engine line while the engine runs, in a group, never as a workflow command', async () => {
    const engine = join(dir, 'slow-tofu');
    writeFileSync(engine, SLOW_ENGINE);
    chmodSync(engine, 0o755);
    const release = join(dir, 'release');
    const result = await runAction({
      apiUrl: github.emulator.url,
      token: TOKEN,
      eventName: 'workflow_dispatch',
      payload: workflowDispatchEvent(`refs/heads/${BRANCH}`, { command: 'apply' }),
      repository: github.emulator.fullName,
      files: { 'infra/app/main.tf': 'resource "terraform_data" "app" {}\n' },
      inputs: { roots: 'infra/app', engine, command: 'apply', 'require-reviewed-plan': 'false' },
      ref: `refs/heads/${BRANCH}`,
      env: { SLOW_ENGINE_RELEASE: release },
      onStdout: (soFar) => {
        if (soFar.includes(FIRST) && !existsSync(release)) writeFileSync(release, '');
      },
    });

    const log = result.stdout;
    expect(log).toContain('slow engine: released');
    expect(log).not.toContain('never released');
    // One group for the init in infra/app, holding its lines.
    const group = log.indexOf('::group::slow-tofu init in ');
    expect(group).toBeGreaterThanOrEqual(0);
    expect(log.indexOf(FIRST)).toBeGreaterThan(group);
    expect(log.indexOf('::endgroup::', group)).toBeGreaterThan(log.indexOf('slow engine: released'));
    // The look-alike line sits between ::stop-commands::TOKEN and ::TOKEN::, so the runner prints it as text.
    const stop = /::stop-commands::(\S+)/.exec(log.slice(group));
    expect(stop).not.toBeNull();
    const stopAt = log.indexOf(stop![0]);
    const lookAlike = log.indexOf('::error::an engine line');
    expect(stopAt).toBeLessThan(lookAlike);
    expect(log.indexOf(`::${stop![1]}::`, lookAlike)).toBeGreaterThan(lookAlike);
    // And the run still reports the engine's failure, from the collected output.
    expect(result.exitCode).toBe(1);
    expect(log).toContain('stopping here on purpose');
  });
});
