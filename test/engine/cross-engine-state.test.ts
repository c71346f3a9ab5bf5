// What each engine QHub/Nebari pins does with a state another engine wrote (docs/engines.md): the
// writer applies a provider-free stack with resources in the state, the pinned engine plans and
// applies on it. Real binaries from scripts/build-engines.sh; a missing one skips its pairs visibly.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EnginePin } from '../../src/terraform/provision.js';
import { builtEngine, pinText } from '../helpers/engine-mirror.js';

const PINNED: EnginePin[] = [
  { name: 'terraform', version: '0.14.9' },
  { name: 'terraform', version: '1.0.5' },
  { name: 'terraform', version: '1.5.7' },
  { name: 'tofu', version: '1.8.3' },
];
/** Newer engines someone might run by hand: OpenTofu from scripts/install-tofu.sh, Terraform from PATH. */
const NEWER: EnginePin[] = [{ name: 'tofu', version: '1.10.7' }, { name: 'terraform', version: '1.11.4' }];

function binaryOf(pin: EnginePin): string | null {
  const built = builtEngine(pin);
  if (built) return built;
  const onPath = spawnSync(pin.name, ['version'], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
  return onPath.status === 0 && onPath.stdout.startsWith(`${pin.name === 'tofu' ? 'OpenTofu' : 'Terraform'} v${pin.version}\n`) ? pin.name : null;
}

const work = mkdtempSync(join(tmpdir(), 'qhub-gitops-cross-state-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: work, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_CLI_CONFIG_FILE: '/dev/null' };

function run(binary: string, dir: string, args: string[]) {
  return spawnSync(binary, [...args, '-input=false', '-no-color'], { cwd: dir, env, encoding: 'utf8' });
}

/** A data source and outputs every engine has; `terraform_data` (1.4+) when both engines have it. */
function stack(withManaged: boolean): string {
  const base = `data "terraform_remote_state" "base" {
  backend = "local"
  config = { path = "${join(work, 'base', 'terraform.tfstate')}" }
}
locals { greeting = "hello" }
output "greeting" { value = local.greeting }
output "from_base" { value = data.terraform_remote_state.base.outputs.value }
`;
  return withManaged ? `${base}resource "terraform_data" "kept" { input = "v1" }\noutput "kept" { value = terraform_data.kept.output }\n` : base;
}

const atLeast14 = (pin: EnginePin) => pin.name === 'tofu' || !/^(0\.|1\.[0-3]\.)/.test(pin.version);

function stateOf(dir: string): { version: string; resources: string[]; outputs: string[] } {
  const state = JSON.parse(readFileSync(join(dir, 'terraform.tfstate'), 'utf8')) as { terraform_version: string; resources: { mode: string; type: string; name: string }[]; outputs: object };
  return { version: state.terraform_version, resources: state.resources.map((entry) => `${entry.mode}.${entry.type}.${entry.name}`).sort(), outputs: Object.keys(state.outputs).sort() };
}

let counter = 0;
describe('a pinned engine on a state another engine wrote', () => {
  const baseWriter = binaryOf(PINNED[0]!);
  if (baseWriter) {
    const dir = join(work, 'base');
    spawnSync('mkdir', ['-p', dir]);
    writeFileSync(join(dir, 'main.tf'), 'output "value" { value = "from-base" }\n');
    run(baseWriter, dir, ['init']);
    run(baseWriter, dir, ['apply', '-auto-approve']);
  }
  for (const reader of PINNED) {
    for (const writer of [...PINNED, ...NEWER]) {
      if (writer === reader) continue;
      for (const withManaged of atLeast14(reader) && atLeast14(writer) ? [false, true] : [false]) {
        it(`${pinText(reader)} on a state of ${pinText(writer)}${withManaged ? ' (with terraform_data)' : ''}: no changes, nothing lost`, (context) => {
          const [readerBinary, writerBinary] = [binaryOf(reader), binaryOf(writer)];
          const absent = [...(baseWriter ? [] : [PINNED[0]!]), ...(readerBinary ? [] : [reader]), ...(writerBinary ? [] : [writer])];
          if (absent.length > 0) {
            console.warn(`cross-engine state: skipped, ${absent.map(pinText).join(' and ')} not built (scripts/build-engines.sh)`);
            return context.skip();
          }
          const dir = join(work, `pair-${counter++}`);
          spawnSync('mkdir', ['-p', dir]);
          writeFileSync(join(dir, 'main.tf'), stack(withManaged));
          expect(run(writerBinary!, dir, ['init']).status).toBe(0);
          const applied = run(writerBinary!, dir, ['apply', '-auto-approve']);
          expect(applied.status, applied.stderr).toBe(0);
          const written = stateOf(dir);
          expect(written.version).toBe(writer.version);
          rmSync(join(dir, '.terraform'), { recursive: true, force: true });
          expect(run(readerBinary!, dir, ['init']).status).toBe(0);
          const planned = run(readerBinary!, dir, ['plan', '-detailed-exitcode']);
          expect(planned.status, `${planned.stdout}\n${planned.stderr}`).toBe(0);
          expect(run(readerBinary!, dir, ['apply', '-auto-approve']).status).toBe(0);
          const rewritten = stateOf(dir);
          expect(rewritten).toEqual({ ...written, version: reader.version });
          expect(existsSync(join(dir, 'terraform.tfstate'))).toBe(true);
        }, 120_000);
      }
    }
  }
});
