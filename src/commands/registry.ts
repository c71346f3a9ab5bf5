// Every CLI subcommand, in the order `qhub-gitops --help` lists them.
import type { CliCommand } from './types.js';
import { validateCommand } from './validate.js';
import { summarizeCommand } from './summarize.js';
import { planCommand } from './plan.js';
import { newDeploymentCommand } from './new-deployment.js';
import { applyCommand } from './apply.js';
import { destroyCommand } from './destroy.js';

export const commands: CliCommand[] = [validateCommand, newDeploymentCommand, summarizeCommand, planCommand, applyCommand, destroyCommand];
