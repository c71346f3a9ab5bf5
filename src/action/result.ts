// What the action's report of one job is (src/action/<job>.ts); main.ts does all the runner I/O
// (outputs, annotations, job summary, sticky comment, exit status) the same way
// for every command.
import type { Finding } from '../config/types.js';
import type { CommentKind } from '../deploy/marker.js';

export interface StickyComment {
  body: string;
  /** Whether there is something to say (findings, changes): `comment: on-change` posts only then. */
  hasNews: boolean;
  /** The slot the comment fills: one per pull request, deployment and config. */
  deployment: string;
  /** Null when explicit roots were planned without a QHub config. */
  config: string | null;
  kind: CommentKind;
}

export interface ActionResult {
  outputs: Record<string, string>;
  /** Findings to annotate, with paths relative to the working directory. */
  findings: Finding[];
  /** The config the findings point into, relative to the working directory. */
  configFile: string;
  summary: string;
  /** Null outside pull requests. */
  comment: StickyComment | null;
  /** Lines for the log as notices (e.g. why a fork gets no plan). */
  notices: string[];
  /** Set when the step must fail; a user-language message. */
  failure: string | null;
  /**
   * The full rendered plan (Markdown, sensitive values masked; main.ts scrubs the run's secrets) for the workflow to upload as an
   * artifact. Plan files, `show -json` output and tfvars hold secrets: they never leave the runner.
   */
  planReport?: string;
}
