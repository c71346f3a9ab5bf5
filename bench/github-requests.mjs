// GitHub API requests per action run, counted in the emulator: dist/index.js is
// spawned exactly as in the e2e tests. The emulator and the runner harness are
// TypeScript, so they are bundled with esbuild first (Node 20 cannot load .ts).
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const repoRoot = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const TOKEN = 'ghs_benchToken000000000000000';
const PR = 21;
const BASE = 'deploy/blue';

async function loadHarness() {
  // Bundled inside the repository so the harness finds node_modules and action.yml upwards.
  const outdir = join(repoRoot, 'node_modules', '.cache', 'qhub-gitops-bench');
  await mkdir(outdir, { recursive: true });
  const entry = join(outdir, 'harness.mjs');
  await build({
    stdin: {
      contents: [
        "export { GitHubEmulator } from './test/emulator/server.ts';",
        "export { pullRequestEvent } from './test/emulator/fixtures.ts';",
        "export { ensureDist, runAction } from './test/e2e/run-action.ts';",
        "export { templateFiles } from './test/e2e/workspace.ts';",
      ].join('\n'),
      resolveDir: repoRoot,
      loader: 'ts',
    },
    outfile: entry,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(entry).href}?t=${Date.now()}`);
}

const isCommentRequest = (request) => request.path === '/graphql' || request.operationId.includes('comment');

export async function run() {
  const harness = await loadHarness();
  harness.ensureDist();
  const files = harness.templateFiles();
  const emulator = await harness.GitHubEmulator.start();
  const rows = [];
  try {
    const setUp = (existingComments) => {
      emulator.reset();
      emulator.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot', graphqlViewer: false });
      emulator.addPull(harness.pullRequestEvent({ number: PR, baseRef: BASE }), ['qhub-config.yaml']);
      emulator.setFile(BASE, 'qhub-config.yaml', files['qhub-config.yaml']);
      emulator.setFile('deploy/green', 'qhub-config.yaml', files['qhub-config.yaml'].replace('namespace: blue', 'namespace: green'));
      for (let i = 0; i < existingComments; i++) emulator.addComment(PR, `review note ${i}`, { login: 'Codertocat', type: 'User' });
    };
    const runOnce = async (config) => {
      emulator.requests.length = 0;
      const result = await harness.runAction({
        apiUrl: emulator.url,
        token: TOKEN,
        eventName: 'pull_request',
        payload: harness.pullRequestEvent({ number: PR, baseRef: BASE, action: 'synchronize' }),
        repository: emulator.fullName,
        files: { ...files, 'qhub-config.yaml': config },
        inputs: { command: 'validate' },
      });
      if (emulator.violations.length > 0) throw new Error(`emulator violations: ${emulator.violations.join('; ')}`);
      const requests = [...emulator.requests];
      return { result, total: requests.length, comment: requests.filter(isCommentRequest).length };
    };
    const row = (name, value, max) => ({ name, value, unit: 'requests', target: `<= ${max}`, ok: value <= max });
    // An invalid provider: new findings, so the comment body changes.
    const changed = files['qhub-config.yaml'].replace('provider: gcp', 'provider: gcpx');

    for (const existing of [10, 250]) {
      setUp(existing);
      const first = await runOnce(files['qhub-config.yaml']);
      const same = await runOnce(files['qhub-config.yaml']);
      const update = await runOnce(changed);
      const pages = Math.ceil((existing + 1) / 100);
      const label = `PR with ${existing} comments, then ours`;
      // Comment traffic: list pages + create on a first run; list pages + viewer (+ update) on a re-run.
      rows.push(row(`${label}: first run, comment requests`, first.comment, pages + 1));
      rows.push(row(`${label}: re-run unchanged, comment requests`, same.comment, pages + 1));
      rows.push(row(`${label}: re-run changed, comment requests`, update.comment, pages + 2));
      // Plus the base branch's config and environments folder (for environment-removed), the
      // deploy/* branch list and one other deployment's config.
      rows.push(row(`${label}: re-run changed, all requests`, update.total, pages + 2 + 4));
    }

    // The usual long discussion: our comment first, 300 after it. The scan stops one page
    // past ours, so a re-run reads 2 pages, not 4.
    setUp(0);
    await runOnce(files['qhub-config.yaml']);
    for (let i = 0; i < 300; i++) emulator.addComment(PR, `review note ${i}`, { login: 'Codertocat', type: 'User' });
    const late = await runOnce(changed);
    rows.push(row('ours, then 300 comments: re-run changed, comment requests', late.comment, 2 + 2));
  } finally {
    await emulator.close();
  }
  return rows;
}
