// Real webhook payloads from @octokit/webhooks-examples, adjusted only where a
// scenario needs it (a fork, a base branch, a number).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Json = Record<string, any>;

interface WebhookExamples {
  name: string;
  examples: Json[];
}

let examples: WebhookExamples[] | undefined;

function load(): WebhookExamples[] {
  if (!examples) {
    const require = createRequire(import.meta.url);
    examples = JSON.parse(readFileSync(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8'));
  }
  return examples!;
}

function example(event: string, predicate: (payload: Json) => boolean = () => true): Json {
  const found = load()
    .find((entry) => entry.name === event)
    ?.examples.find(predicate);
  if (!found) throw new Error(`no ${event} example in @octokit/webhooks-examples`);
  return structuredClone(found);
}

export interface PullRequestScenario {
  number?: number;
  action?: 'opened' | 'synchronize' | 'reopened' | 'edited';
  baseRef?: string;
  headRef?: string;
  /** `owner/name` of a fork the PR comes from. */
  forkOf?: string;
}

/** A `pull_request` event payload (the real `opened` example, adjusted). */
export function pullRequestEvent(scenario: PullRequestScenario = {}): Json {
  const payload = example('pull_request', (candidate) => candidate.action === 'opened');
  const pull = payload.pull_request;
  const number = scenario.number ?? pull.number;
  payload.action = scenario.action ?? 'opened';
  payload.number = number;
  pull.number = number;
  if (scenario.baseRef) pull.base.ref = scenario.baseRef;
  if (scenario.headRef) pull.head.ref = scenario.headRef;
  if (scenario.forkOf) {
    const [owner, name] = scenario.forkOf.split('/');
    const fork = structuredClone(pull.head.repo);
    fork.full_name = scenario.forkOf;
    fork.name = name;
    fork.owner = { ...fork.owner, login: owner, id: fork.owner.id + 1 };
    fork.id = fork.id + 1;
    fork.fork = true;
    pull.head.repo = fork;
    pull.head.label = `${owner}:${pull.head.ref}`;
    pull.head.user = fork.owner;
  }
  return payload;
}

/** A `push` event payload to `branch`. */
export function pushEvent(branch: string): Json {
  const payload = example('push');
  payload.ref = `refs/heads/${branch}`;
  payload.base_ref = null;
  return payload;
}

/** A `workflow_dispatch` event payload with the given inputs. */
export function workflowDispatchEvent(ref: string, inputs: Record<string, string>): Json {
  const payload = example('workflow_dispatch');
  payload.ref = ref;
  payload.inputs = inputs;
  return payload;
}

/** A REST `simple-user`, shaped like the example's user. */
export function restUser(login: string, type: 'User' | 'Bot', id: number): Json {
  const template = example('pull_request').pull_request.user as Json;
  const user: Json = {};
  for (const [key, value] of Object.entries(template)) {
    user[key] = typeof value === 'string' ? value.replaceAll(template.login, encodeURIComponent(login)) : value;
  }
  return { ...user, login, id, node_id: Buffer.from(`04:${type}${id}`).toString('base64'), type };
}
