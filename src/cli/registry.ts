// Every CLI subcommand, in the order `qhub-gitops --help` lists them. Each loads on demand,
// so a command pays start-up only for the code it runs (`summarize` never parses the schemas).
import type { CliCommand } from './types.js';

export interface CommandEntry {
  name: string;
  load(): Promise<CliCommand>;
}

export const commands: CommandEntry[] = [
  { name: 'validate', load: async () => (await import('./validate.js')).validateCommand },
  { name: 'new-deployment', load: async () => (await import('./new-deployment.js')).newDeploymentCommand },
  { name: 'summarize', load: async () => (await import('./summarize.js')).summarizeCommand },
  { name: 'plan', load: async () => (await import('./plan.js')).planCommand },
  { name: 'apply', load: async () => (await import('./apply.js')).applyCommand },
  { name: 'destroy', load: async () => (await import('./destroy.js')).destroyCommand },
];
