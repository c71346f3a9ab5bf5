// How a CLI subcommand plugs into `qhub-gitops`. Commands get their I/O passed in.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Progress for a person watching: one line as each subprocess starts. Absent with `--quiet`. */
  progress?: (line: string) => void;
}

export interface CliCommand {
  name: string;
  /** One line for `qhub-gitops --help`. */
  summary: string;
  /** Full usage text for `qhub-gitops <name> --help`. */
  usage: string;
  /** Returns the process exit code. Throw UsageError for bad arguments (exit 2). */
  run(argv: string[], io: CliIO): Promise<number>;
}

/** Bad command-line arguments: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A failure with a message meant for the user (no stack trace), exit code 2 unless given. */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** node:util's parseArgs, with its errors turned into UsageError (exit 2, with the usage). */
function parseCommandLine<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

type ParsedCommandLine<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true }>>;

/**
 * A subcommand from its options: the command line is parsed (bad arguments are a UsageError, with
 * the usage) and handed to `run`. Positional arguments are refused unless `positionals` allows them.
 */
export function defineCommand<const O extends ParseArgsOptionsConfig>(spec: {
  name: string;
  summary: string;
  usage: string;
  options: O;
  positionals?: boolean;
  run(parsed: ParsedCommandLine<O>, io: CliIO): Promise<number>;
}): CliCommand {
  return {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage,
    run: async (argv, io) => spec.run(parseCommandLine({ args: argv, options: spec.options, allowPositionals: spec.positionals ?? false }) as ParsedCommandLine<O>, io),
  };
}
