// `qhub-gitops validate`: load a config, pick its schema family, check schema and guard rules
// (the validate job), printed as text, JSON or workflow annotations.
import type { ValidationReport } from '../config/types.js';
import { runValidate } from '../jobs/validate.js';
import { renderFindingsText, renderFindingsWorkflowCommands, summaryLine } from '../report/findings.js';
import { readDeployment } from '../jobs/deployment.js';
import { localValidation, readBase, readCompanion, sourceOf, withReadableEnvironments } from './options.js';
import { UsageError, defineCommand } from './types.js';

const usage = `usage: qhub-gitops validate [CONFIG] [--qhub-version V] [--base BASE_CONFIG]
                            [--base-environments DIR] [--other-deployment CONFIG]...
                            [--environments DIR] [--format text|json|github]

Validates CONFIG (default: qhub-config.yaml, else nebari-config.yaml) offline
against the schema of the QHub/Nebari version it targets, then runs the guard rules.

  --qhub-version V        the version that will deploy (QHub 0.3.x configs carry
                          none: else it is read from .qhub-version next to CONFIG)
  --base FILE             the same config on the branch the PR targets
  --base-environments DIR the environment files of that branch (with --base), so
                          that removing one of them is noticed
  --other-deployment FILE the config of another deployment (repeatable)
  --environments DIR      environment files to merge (default: environments/ next
                          to CONFIG, when it exists)
  --format FORMAT         text (default), json, or github (workflow annotations)

Exit codes: 0 no errors (warnings allowed), 1 error findings, 2 usage or internal error.`;

const FORMATS = ['text', 'json', 'github'] as const;
type Format = (typeof FORMATS)[number];

export function reportToJson(report: ValidationReport): object {
  return {
    file: report.file,
    version: report.version,
    valid: report.valid,
    findings: report.findings,
  };
}

export const validateCommand = defineCommand({
  name: 'validate',
  summary: 'validate a qhub-config.yaml / nebari-config.yaml offline (schema + guard rules)',
  usage,
  options: {
    'qhub-version': { type: 'string' },
    base: { type: 'string' },
    'base-environments': { type: 'string' },
    'other-deployment': { type: 'string', multiple: true },
    environments: { type: 'string' },
    format: { type: 'string', default: 'text' },
  },
  positionals: true,
  async run(parsed, io) {
    const { values, positionals } = parsed;
    if (positionals.length > 1) throw new UsageError(`one config at a time, got ${positionals.length}: ${positionals.join(' ')}`);
    if (values['base-environments'] && !values.base) throw new UsageError('--base-environments needs --base: the base config those environment files belong to');
    const format = values.format as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${values.format}'`);

    const deployment = withReadableEnvironments(await readDeployment(sourceOf({ ...values, ...(positionals[0] ? { config: positionals[0] } : {}) }, io)));
    // A missing config is the finding; the files it is compared with are read only for one that is there.
    const base = deployment.config ? await readBase(values.base, values['base-environments'], io) : null;
    const others = deployment.config ? await Promise.all((values['other-deployment'] ?? []).map((path) => readCompanion(path, io, '--other-deployment'))) : [];
    const { report } = await runValidate({ ...localValidation(base, others), deployment }, {});

    if (format === 'json') io.stdout(`${JSON.stringify(reportToJson(report), null, 2)}\n`);
    else if (format === 'github') {
      const commands = renderFindingsWorkflowCommands(report);
      io.stdout(`${commands ? `${commands}\n` : ''}${summaryLine(report)}\n`);
    } else io.stdout(`${renderFindingsText(report)}\n`);
    return report.valid ? 0 : 1;
  },
});
