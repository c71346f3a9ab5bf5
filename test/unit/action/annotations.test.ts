// Annotation selection (GitHub's 10 per severity) and the 1 MiB job summary cut.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Finding, Severity } from '../../../src/config/types.js';
import { configChangeFindings, selectAnnotations } from '../../../src/action/annotations.js';
import { fitSummary } from '../../../src/action/summary.js';

function finding(severity: Severity, index: number, file?: string): Finding {
  return { rule: `rule-${index}`, severity, message: `message ${index}`, path: `a.b[${index}]`, line: index + 1, column: 3, ...(file ? { file } : {}) };
}

describe('selectAnnotations', () => {
  it('shows the most severe first, at most 10 per severity, and counts the rest in one notice', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, index) => finding('notice', index)),
      ...Array.from({ length: 3 }, (_, index) => finding('warning', 100 + index)),
      ...Array.from({ length: 14 }, (_, index) => finding('error', 200 + index)),
    ];
    const shown = selectAnnotations(findings, '', 'qhub-config.yaml');
    const count = (severity: Severity) => shown.filter((annotation) => annotation.severity === severity).length;
    expect(shown[0]!.severity).toBe('error');
    expect([count('error'), count('warning'), count('notice')]).toEqual([10, 3, 10]);
    expect(shown.at(-1)!.message).toBe('7 more findings not shown as annotations; see the job summary or the pull request comment.');
  });

  it('shows notes first, and they use up notice slots', () => {
    const findings = Array.from({ length: 12 }, (_, index) => finding('notice', index));
    const shown = selectAnnotations(findings, '', 'qhub-config.yaml', ['fork: validation only', 'base config missing']);
    expect(shown.slice(0, 2)).toEqual([
      { severity: 'notice', message: 'fork: validation only' },
      { severity: 'notice', message: 'base config missing' },
    ]);
    expect(shown).toHaveLength(10);
    expect(shown.at(-1)!.message).toBe('5 more findings not shown as annotations; see the job summary or the pull request comment.');
  });

  it('points at files relative to the repository root, with line and column', () => {
    const [config, environment] = selectAnnotations([finding('error', 4), finding('warning', 1, 'environments/dask.yaml')], 'infra', 'qhub-config.yaml');
    expect(config).toEqual({ severity: 'error', message: '[rule-4] a.b[4]: message 4', file: 'infra/qhub-config.yaml', startLine: 5, startColumn: 3 });
    expect(environment!.file).toBe('infra/environments/dask.yaml');
    expect(selectAnnotations([finding('error', 0)], '', './qhub-config.yaml')[0]!.file).toBe('qhub-config.yaml');
  });

  it('leaves out line and column when a finding has no place', () => {
    const [annotation] = selectAnnotations([{ ...finding('error', 0), line: null, column: null }], '', 'qhub-config.yaml');
    expect(annotation).not.toHaveProperty('startLine');
    expect(annotation).not.toHaveProperty('startColumn');
  });
});

describe('fitSummary', () => {
  it('keeps a summary within the limit unchanged', () => {
    expect(fitSummary('# ok\n', 100)).toBe('# ok\n');
  });

  it('cuts at a line end within the byte limit, never inside a character', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 200 }), fc.integer({ min: 120, max: 2000 }), (lines, limit) => {
        const markdown = lines.join('\n');
        const fitted = fitSummary(markdown, limit);
        if (Buffer.byteLength(markdown, 'utf8') <= limit) {
          expect(fitted).toBe(markdown);
          return;
        }
        expect(Buffer.byteLength(fitted, 'utf8')).toBeLessThanOrEqual(limit);
        expect(fitted).toMatch(/GitHub limits a job summary to 1 MiB/);
        // Everything kept is a prefix of the original: no character was split.
        expect(markdown.startsWith(fitted.slice(0, fitted.indexOf('\n\n_… the rest was cut')))).toBe(true);
      }),
    );
  });
});

describe('configChangeFindings', () => {
  const change = (path: string, line: number, subtree: string | null = null) => ({ path, key: path.split('.').pop()!, file: 'qhub-config.yaml', line, column: 3, before: 1, after: 2, secret: false, subtree });
  it('gives a notice per changed config line naming the resources it changes, one per added subtree, none for secrets', () => {
    const changes = [change('profiles.jupyterlab[1].kubespawner_override.cpu_limit', 48), change('theme.title', 9), change('env.a', 60, 'env'), change('env.b', 61, 'env'), { ...change('auth.client_secret', 70), secret: true }];
    const resources = [[{ root: '07-kubernetes-services', address: 'helm_release.jupyterhub' }], [], [{ root: 'r', address: 'x' }], [{ root: 'r', address: 'x' }], []];
    expect(configChangeFindings({ changes, resources, explain: () => null })).toEqual([
      { rule: 'plan/config-change', severity: 'notice', message: 'changes `helm_release.jupyterhub` (`07-kubernetes-services`)', path: 'profiles.jupyterlab[1].kubespawner_override.cpu_limit', line: 48, column: 3, file: 'qhub-config.yaml' },
      { rule: 'plan/config-change', severity: 'notice', message: 'no planned change carries this value (does the deployment use this field?)', path: 'theme.title', line: 9, column: 3, file: 'qhub-config.yaml' },
      { rule: 'plan/config-change', severity: 'notice', message: 'changes `x` (`r`)', path: 'env', line: 60, column: 3, file: 'qhub-config.yaml' },
    ]);
  });
});
