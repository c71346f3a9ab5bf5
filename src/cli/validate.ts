// `qhub-gitops validate`: load a config, pick its schema family, check schema and guard rules.
import { resolve } from 'node:path';
import {
  readEnvironmentFiles,
  readPinnedVersion,
  readSource,
  resolveConfigPath,
} from '../config/local-sources.js';
import { validateConfig } from '../validation/validate.js';
import type { SourceFile, ValidationReport } from '../config/types.js';
import { renderFindingsText, renderFindingsWorkflowCommands, summaryLine } from '../report/findings.js';
import type { CliCommand, CliIO } from './types.js';
import { UsageError, UserFacingError, parseCommandLine } from './types.js';

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

function missingConfigReport(file: string, reason: string): ValidationReport {
  return {
    file,
    version: null,
    valid: false,
    findings: [
      {
        rule: 'load/missing',
        severity: 'error',
        message: `${reason}; pass the config's path, or run from the folder that holds qhub-config.yaml / nebari-config.yaml`,
        path: '',
        line: null,
        column: null,
      },
    ],
  };
}

async function readCompanion(path: string, cwd: string, what: string): Promise<SourceFile> {
  const read = await readSource(path, cwd);
  if ('missing' in read) throw new UserFacingError(`${what} ${path}: ${read.missing}`);
  return read.source;
}

/** readEnvironmentFiles, with an unreadable directory as a message for the user. */
async function readEnvironmentDirectory(configPath: string, cwd: string, directory: string | undefined): Promise<SourceFile[]> {
  try {
    return await readEnvironmentFiles(configPath, cwd, directory);
  } catch (error) {
    throw new UserFacingError((error as Error).message);
  }
}

export interface LocalValidationOptions {
  config?: string;
  qhubVersion?: string;
  base?: string;
  baseEnvironments?: string;
  otherDeployments?: string[];
  environments?: string;
}

export interface LocalValidation {
  report: ValidationReport;
  /** Absolute path of the config that was read (null when it was missing). */
  configPath: string | null;
  /** The config as read (null when it was missing). */
  config: SourceFile | null;
  environmentFiles: SourceFile[];
  /** `--base` and the `--base-environments` files (none without that option), when given. */
  base: { config: SourceFile; environmentFiles: SourceFile[] } | null;
}

/** Validates a config on disk with its pin file, environment files and companions (the CLI's edge). */
export async function validateLocal(options: LocalValidationOptions, io: CliIO): Promise<LocalValidation> {
  const file = resolveConfigPath(options.config, io.cwd);
  const read = await readSource(file, io.cwd);
  if ('missing' in read) return { report: missingConfigReport(file, read.missing), configPath: null, config: null, environmentFiles: [], base: null };
  const base = options.base ? await readCompanion(options.base, io.cwd, '--base') : undefined;
  const baseEnvironmentFiles =
    options.base && options.baseEnvironments ? await readEnvironmentDirectory(options.base, io.cwd, options.baseEnvironments) : [];
  const otherDeployments = await Promise.all(
    (options.otherDeployments ?? []).map((path) => readCompanion(path, io.cwd, '--other-deployment')),
  );
  const environmentFiles = await readEnvironmentDirectory(file, io.cwd, options.environments);
  const pinnedVersion = await readPinnedVersion(file, io.cwd);
  const report = validateConfig({
    config: read.source,
    ...(options.qhubVersion ? { requestedVersion: options.qhubVersion } : {}),
    ...(pinnedVersion ? { pinnedVersion } : {}),
    ...(base ? { base, baseEnvironmentFiles } : {}),
    otherDeployments,
    environmentFiles,
  });
  return {
    report,
    configPath: resolve(io.cwd, file),
    config: read.source,
    environmentFiles,
    base: base ? { config: base, environmentFiles: baseEnvironmentFiles } : null,
  };
}

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'validate a qhub-config.yaml / nebari-config.yaml offline (schema + guard rules)',
  usage,
  async run(argv, io) {
    const parsed = parseCommandLine({
      args: argv,
      allowPositionals: true,
      options: {
        'qhub-version': { type: 'string' },
        base: { type: 'string' },
        'base-environments': { type: 'string' },
        'other-deployment': { type: 'string', multiple: true },
        environments: { type: 'string' },
        format: { type: 'string', default: 'text' },
      },
    });
    const { values, positionals } = parsed;
    if (positionals.length > 1) throw new UsageError(`one config at a time, got ${positionals.length}: ${positionals.join(' ')}`);
    if (values['base-environments'] && !values.base) throw new UsageError('--base-environments needs --base: the base config those environment files belong to');
    const format = values.format as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${values.format}'`);

    const { report } = await validateLocal(
      {
        ...(positionals[0] ? { config: positionals[0] } : {}),
        ...(values['qhub-version'] ? { qhubVersion: values['qhub-version'] } : {}),
        ...(values.base ? { base: values.base } : {}),
        ...(values['base-environments'] ? { baseEnvironments: values['base-environments'] } : {}),
        otherDeployments: values['other-deployment'] ?? [],
        ...(values.environments ? { environments: values.environments } : {}),
      },
      io,
    );

    if (format === 'json') io.stdout(`${JSON.stringify(reportToJson(report), null, 2)}\n`);
    else if (format === 'github') {
      const commands = renderFindingsWorkflowCommands(report);
      io.stdout(`${commands ? `${commands}\n` : ''}${summaryLine(report)}\n`);
    } else io.stdout(`${renderFindingsText(report)}\n`);
    return report.valid ? 0 : 1;
  },
};
