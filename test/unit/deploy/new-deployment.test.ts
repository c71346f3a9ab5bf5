import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import type { CliIO } from '../../../src/cli/types.js';
import { validateConfig } from '../../../src/validation/validate.js';
import { createNewDeployment, deriveDomain, NewDeploymentError } from '../../../src/deploy/new-deployment.js';
import { corpusConfig, corpusFiles, describeWithCorpus } from '../../corpus/corpus.js';

const templateDir = join(import.meta.dirname, '../../../template-repo');
const templateConfigPath = join(templateDir, 'qhub-config.yaml');

async function templateSource() {
  return { text: await readFile(templateConfigPath, 'utf8'), file: 'qhub-config.yaml' };
}

async function templateEnvironmentFiles() {
  const dir = join(templateDir, 'environments');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
  return Promise.all(names.map(async (name) => ({ bytes: await readFile(join(dir, name)), file: `environments/${name}` })));
}

const minimal = (projectName: string, namespace: string | null, domain: string) =>
  [`project_name: ${projectName}`, ...(namespace ? [`namespace: ${namespace}`] : []), 'provider: gcp', `domain: ${domain}`, ''].join('\n');

describe('createNewDeployment', () => {
  it('gives the new deployment its own namespace, host name and state bucket, keeping comments and layout', async () => {
    const source = await templateSource();
    const created = createNewDeployment({ name: 'green', source, otherDeployments: [] });
    expect(created).toMatchObject({
      projectName: 'datasci',
      namespace: 'green',
      domain: 'green.datasci.example.org',
      stateBucket: 'datasci-green-terraform-state',
    });
    const data = parse(created.text);
    expect(data.namespace).toBe('green');
    expect(data.domain).toBe('green.datasci.example.org');
    expect(data.security.authentication.config.oauth_callback_url).toBe('https://green.datasci.example.org/hub/oauth_callback');
    expect(data.theme.jupyterhub.welcome).toContain('green.datasci.example.org');

    // Only the lines naming the namespace or the host name differ.
    const before = source.text.split('\n');
    const after = created.text.split('\n');
    expect(after).toHaveLength(before.length);
    const changed = before.flatMap((line, index) => (line === after[index] ? [] : [[line, after[index]]]));
    expect(changed.length).toBeGreaterThan(0);
    for (const [old, now] of changed) {
      expect(old).toMatch(/blue/);
      expect(now).toBe(old!.replaceAll('blue', 'green'));
    }
  });

  it('produces a config that validates with the template environments and does not collide', async () => {
    const source = await templateSource();
    const created = createNewDeployment({ name: 'green', source, otherDeployments: [] });
    const report = validateConfig({
      config: { bytes: created.text, file: 'qhub-config.yaml' },
      pinnedVersion: '0.3.14',
      otherDeployments: [{ bytes: source.text, file: 'deploy/blue/qhub-config.yaml' }],
      environmentFiles: await templateEnvironmentFiles(),
    });
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(report.findings.filter((finding) => finding.rule === 'deployment-collision')).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it('refuses a name already used by the source or another deployment of the same project', async () => {
    const source = await templateSource();
    expect(() => createNewDeployment({ name: 'blue', source, otherDeployments: [] })).toThrow(/already the deployment.*datasci-blue-terraform-state/);
    const red = { text: minimal('datasci', 'red', 'red.datasci.example.org'), file: 'deploy/red/qhub-config.yaml' };
    expect(() => createNewDeployment({ name: 'red', source, otherDeployments: [red] })).toThrow(/deploy\/red\/qhub-config\.yaml is already/);
    // Same namespace in another project is another state bucket: allowed.
    const otherProject = { text: minimal('finance', 'green', 'green.finance.example.org'), file: 'other.yaml' };
    expect(createNewDeployment({ name: 'green', source, otherDeployments: [otherProject] }).namespace).toBe('green');
  });

  it('treats a missing namespace as QHub default "dev"', () => {
    const source = { text: minimal('datasci', null, 'hub.example.org'), file: 'qhub-config.yaml' };
    expect(() => createNewDeployment({ name: 'dev', source, otherDeployments: [] })).toThrow(NewDeploymentError);
    const created = createNewDeployment({ name: 'next', source, otherDeployments: [] });
    expect(created.text).toBe('project_name: datasci\nnamespace: next\nprovider: gcp\ndomain: next.hub.example.org\n');
  });

  it('keeps quotes and line endings, and adds a missing domain after provider', () => {
    const source = { text: "project_name: p\r\nnamespace: 'blue' # the old one\r\nprovider: gcp\r\nprofiles: {}\r\n", file: 'c.yaml' };
    const created = createNewDeployment({ name: 'green', source, otherDeployments: [], domain: 'hub.example.net' });
    expect(created.text).toBe("project_name: p\r\nnamespace: 'green' # the old one\r\nprovider: gcp\r\ndomain: hub.example.net\r\nprofiles: {}\r\n");
    const flow = { text: '{project_name: p, namespace: blue, domain: blue.example.org}\n', file: 'flow.yaml' };
    expect(() => createNewDeployment({ name: 'green', source: flow, otherDeployments: [] })).toThrow(/flow mapping/);
    // An escape sequence hides the host name from a textual edit: refused, never half done.
    const escaped = { text: 'project_name: p\nnamespace: blue\ndomain: blue.example.org\nwelcome: "at blue\\x2eexample.org"\n', file: 'e.yaml' };
    expect(() => createNewDeployment({ name: 'green', source: escaped, otherDeployments: [] })).toThrow(/escaped characters/);
  });

  it('refuses a host name another deployment already serves', async () => {
    const source = await templateSource();
    const taken = { text: minimal('other', 'prod', 'Green.Datasci.example.org'), file: 'taken.yaml' };
    expect(() => createNewDeployment({ name: 'green', source, otherDeployments: [taken] })).toThrow(/already serves green\.datasci\.example\.org/);
    const created = createNewDeployment({ name: 'green', source, otherDeployments: [taken], domain: 'hub.example.net' });
    expect(parse(created.text).security.authentication.config.oauth_callback_url).toBe('https://hub.example.net/hub/oauth_callback');
  });

  it('refuses names that cannot be a namespace and state shared through an existing backend', async () => {
    const source = await templateSource();
    for (const name of ['Green', 'green2', 'green_', '-green', 'gr_een', 'g', '']) {
      expect(() => createNewDeployment({ name, source, otherDeployments: [] })).toThrow(/lowercase letters and hyphens/);
    }
    expect(() => createNewDeployment({ name: 'a'.repeat(40), source, otherDeployments: [] })).toThrow(/over the 63/);
    const existingState = { text: `${minimal('datasci', 'blue', 'x.example.org')}terraform_state:\n  type: existing\n`, file: 'c.yaml' };
    expect(() => createNewDeployment({ name: 'green', source: existingState, otherDeployments: [] })).toThrow(/share/);
  });

  it('derives host names without touching longer ones', () => {
    expect(deriveDomain('blue.example.org', 'blue', 'green')).toBe('green.example.org');
    expect(deriveDomain('hub.example.org', 'blue', 'green')).toBe('green.hub.example.org');
    const source = {
      text: `${minimal('p', 'blue', 'example.org')}note: "example.org and example.org.uk and sub.example.org"\n`,
      file: 'c.yaml',
    };
    expect(parse(createNewDeployment({ name: 'green', source, otherDeployments: [] }).text).note).toBe(
      'green.example.org and example.org.uk and sub.example.org',
    );
  });
});

describeWithCorpus('createNewDeployment on the real configs of the corpus', () => {
  it.each(corpusFiles('configs', '.yaml'))('%s: changes only the namespace and the lines naming the host name', (name) => {
    const text = corpusConfig(name);
    const source = parse(text) as { namespace?: string; domain?: string };
    const created = createNewDeployment({ name: 'zeta', source: { text, file: name }, otherDeployments: [] });
    const before = text.split('\n');
    const after = created.text.split('\n');
    if (source.namespace === undefined) {
      // A config without a namespace gets one line, right after project_name.
      const inserted = after.findIndex((line, index) => line !== before[index]);
      expect(after[inserted]).toBe('namespace: zeta');
      expect(before[inserted - 1]).toMatch(/^project_name:/);
      after.splice(inserted, 1);
    }
    expect(after).toHaveLength(before.length);
    for (const [index, line] of before.entries()) {
      if (line === after[index]) continue;
      const explained = /^namespace:/.test(line) || (source.domain !== undefined && line.includes(source.domain));
      expect(explained, `line ${index + 1} changed: ${line} -> ${after[index]}`).toBe(true);
    }
  });
});

describe('qhub-gitops new-deployment', () => {
  function capture(cwd: string): CliIO & { out: string; err: string } {
    const io = {
      out: '',
      err: '',
      cwd,
      env: {},
      stdout: (text: string) => void (io.out += text),
      stderr: (text: string) => void (io.err += text),
    };
    return io;
  }

  it('writes the new config and refuses a collision with exit 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'new-deployment-'));
    await writeFile(join(dir, 'qhub-config.yaml'), minimal('datasci', 'blue', 'blue.example.org'));
    await writeFile(join(dir, 'red.yaml'), minimal('datasci', 'red', 'red.example.org'));

    const ok = capture(dir);
    expect(await runCli(['new-deployment', 'green', '--other-deployment', 'red.yaml', '--output', 'green.yaml'], ok)).toBe(0);
    expect(parse(await readFile(join(dir, 'green.yaml'), 'utf8'))).toMatchObject({ namespace: 'green', domain: 'green.example.org' });
    expect(ok.err).toContain('state bucket datasci-green-terraform-state');

    const refused = capture(dir);
    expect(await runCli(['new-deployment', 'red', '--other-deployment', 'red.yaml'], refused)).toBe(1);
    expect(refused.out).toBe('');
    expect(refused.err).toMatch(/^qhub-gitops new-deployment: refusing to create deployment 'red': red\.yaml is already/);

    const usage = capture(dir);
    expect(await runCli(['new-deployment'], usage)).toBe(2);
    expect(usage.err).toContain('NAME is required');

    const missing = capture(dir);
    expect(await runCli(['new-deployment', 'green', '--config', 'nope.yaml'], missing)).toBe(2);
    expect(missing.err).toBe('qhub-gitops new-deployment: nope.yaml: file not found\n');
  });
});
