// `qhub-gitops apply`: the apply job with the plan hash given (--expect-hash), its outcome printed.
import { applyExitCode } from '../deploy/outcome.js';
import { runApply } from '../jobs/apply.js';
import { applyOutcomeText } from '../report/apply.js';
import { renderFindingsText } from '../report/findings.js';
import { ENGINE_USAGE, localValidation, TARGET_OPTIONS, runTargetOfOptions, withCliPorts, withReadableEnvironments } from './options.js';
import { UsageError, defineCommand } from './types.js';

const usage = `usage: qhub-gitops apply [--root DIR... | --config CONFIG [--qhub-version V] [--environments DIR]]
                         [--expect-hash sha256:HEX] [--engine auto|tofu|terraform|PATH]
                         [--engine-version V] [--engine-mirror URL]

Plans again and applies the plan files it just made, root by root: with --root, each root in the
order given; without, the QHub/Nebari config's stages, rendered by its exact QHub release as
'qhub-gitops plan' does. With --expect-hash (the hash 'qhub-gitops plan' printed for the reviewed
plan), nothing is applied unless the new plan has that same hash. A failure stops the run; the
roots after it are not applied. A state lock held by another run is reported with its
force-unlock command and never retried. A config that does not pass 'qhub-gitops validate' (error
findings) or has prevent_deploy: true is refused before planning, as the action refuses it (with
--root, when --config names it).
${ENGINE_USAGE}
Exit codes: 0 applied, 1 failure (the root and the error are printed), 3 the plan differs from
--expect-hash (nothing changed), 2 usage.`;

export const applyCommand = defineCommand({
  name: 'apply',
  summary: 'plan again (Terraform roots or a QHub config) and apply that plan, only if it is the reviewed one',
  usage,
  options: {
    ...TARGET_OPTIONS,
    'expect-hash': { type: 'string' },
  },
  async run(parsed, io) {
    const { values } = parsed;
    const expectHash = values['expect-hash'] ?? null;
    if (expectHash !== null && !/^sha256:[0-9a-f]{64}$/.test(expectHash)) throw new UsageError(`--expect-hash must look like sha256:<64 hex digits>, not '${expectHash}'`);
    // Explicit roots need no config; the stages of one always do.
    const target = await runTargetOfOptions(values, io);
    withReadableEnvironments(target.deployment);
    const applied = await withCliPorts(values, io, 'qhub-gitops-apply-', (ports) => runApply({ ...target, validate: localValidation(), review: { from: 'hash', expectHash } }, ports));
    const { outcome, check } = applied;
    if (outcome.refusal?.reason === 'invalid-config' && check) io.stderr(`${renderFindingsText(check.report)}\n`);
    const code = applyExitCode(outcome);
    (code === 0 ? io.stdout : io.stderr)(`${applyOutcomeText(outcome).join('\n')}\n`);
    return code;
  },
});
