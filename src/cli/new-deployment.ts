// `qhub-gitops new-deployment`: the new-deployment job over the configs read here, its config
// written to a file or standard output.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { resolveConfigPath } from '../config/local-sources.js';
import type { ConfigSource } from '../deploy/new-deployment.js';
import { runNewDeployment } from '../jobs/new-deployment.js';
import { UsageError, UserFacingError, defineCommand } from './types.js';

const usage = `usage: qhub-gitops new-deployment NAME [--config CONFIG] [--other-deployment CONFIG]...
                                  [--domain HOST] [--output FILE]

Writes the config of a new deployment NAME, derived from CONFIG (default:
qhub-config.yaml, else nebari-config.yaml) with comments and layout kept:
  namespace  becomes NAME (project_name stays), so the cluster and the state bucket
             {project_name}-NAME-terraform-state are new;
  domain     becomes HOST, else the first label is swapped when it is the old
             namespace (blue.example.org -> NAME.example.org), else NAME. is prefixed;
             every occurrence of the old host name (OAuth callback URL, theme) follows.
Refuses (exit 1) when NAME is already the namespace of CONFIG or of any
--other-deployment config with the same project_name, or the host name is taken.
NAME: lowercase letters and hyphens, starting and ending with a letter.
Writes to FILE, or to standard output. Exit codes: 0 written, 1 refused, 2 usage error.`;

async function readConfig(path: string, cwd: string): Promise<ConfigSource> {
  try {
    return { text: await readFile(resolve(cwd, path), 'utf8'), file: path };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserFacingError(code === 'ENOENT' ? `${path}: file not found` : `${path}: cannot be read (${code ?? (error as Error).message})`);
  }
}

export const newDeploymentCommand = defineCommand({
  name: 'new-deployment',
  summary: 'derive the config of a new deployment with its own namespace and host name',
  usage,
  options: {
    config: { type: 'string' },
    'other-deployment': { type: 'string', multiple: true, default: [] },
    domain: { type: 'string' },
    output: { type: 'string' },
  },
  positionals: true,
  async run(parsed, io) {
    const [name, ...extra] = parsed.positionals;
    if (name === undefined) throw new UsageError('the new deployment NAME is required');
    if (extra.length > 0) throw new UsageError(`unexpected arguments: ${extra.join(' ')}`);

    const source = await readConfig(resolveConfigPath(parsed.values.config, io.cwd), io.cwd);
    const otherDeployments = await Promise.all(parsed.values['other-deployment'].map((path) => readConfig(path, io.cwd)));
    const outcome = runNewDeployment({ name, source, otherDeployments, ...(parsed.values.domain ? { domain: parsed.values.domain } : {}) });
    if (outcome.status === 'refused') throw new UserFacingError(outcome.message, 1);
    const created = outcome.deployment;

    if (parsed.values.output) {
      await writeFile(resolve(io.cwd, parsed.values.output), created.text);
    } else {
      io.stdout(created.text);
    }
    io.stderr(
      `new deployment '${name}': project_name ${created.projectName}, namespace ${created.namespace}, ` +
        `domain ${created.domain ?? '(none)'}, state bucket ${created.stateBucket}\n`,
    );
    return 0;
  },
});
