import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderRulesDoc, RULES_DOC_PATH } from '../../../scripts/rules-doc.js';
import { rules } from '../../../src/rules/index.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

describe('docs/rules.md', () => {
  it('is generated from the current rule metadata (run `npm run docs:rules` when this fails)', () => {
    const committed = readFileSync(resolve(repoRoot, RULES_DOC_PATH), 'utf8');
    expect(committed).toBe(renderRulesDoc());
  });

  it('documents every rule', () => {
    const rendered = renderRulesDoc();
    for (const rule of rules) expect(rendered).toContain(`## ${rule.id}\n`);
  });
});
