// The action's entry point: inputs -> command -> outputs.
import * as core from '@actions/core';

async function main(): Promise<void> {
  const command = core.getInput('command');
  core.info(`qhub-gitops: command ${command || '(from event)'}`);
}

main().catch((error: unknown) => core.setFailed((error as Error).message));
