import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorsFrom, parseDiagnostics, parseStateLock } from '../../../src/terraform/diagnostics.js';
import { corpusPath, corpusPresent } from '../../corpus/corpus.js';

// What OpenTofu 1.10 printed on this machine (colour on) when another apply held the lock.
const E = '\u001b[31m';
const R = '\u001b[0m';
const boxedLockError = [
  `${E}╷${R}${R}`,
  `${E}│${R} ${R}\u001b[1m${E}Error: ${R}${R}\u001b[1mError acquiring the state lock${R}`,
  `${E}│${R} ${R}`,
  `${E}│${R} ${R}${R}Error message: resource temporarily unavailable`,
  `${E}│${R} ${R}Lock Info:`,
  `${E}│${R} ${R}  ID:        125840bf-d66c-4dce-d6dd-eef03aff8c70`,
  `${E}│${R} ${R}  Path:      terraform.tfstate`,
  `${E}│${R} ${R}  Operation: OperationTypeApply`,
  `${E}│${R} ${R}  Who:       root@vm`,
  `${E}│${R} ${R}  Version:   1.10.7`,
  `${E}│${R} ${R}  Created:   2026-11-28 00:25:10.691797098 +0000 UTC`,
  `${E}│${R} ${R}  Info:      `,
  `${E}│${R} ${R}`,
  `${E}│${R} ${R}OpenTofu acquires a state lock to protect the state from being written`,
  `${E}│${R} ${R}by multiple users at the same time.`,
  `${E}╵${R}${R}`,
].join('\n');

const plainErrors = `
Error: Unsupported argument

  on main.tf line 3, in resource "terraform_data" "a":
   3:   bogus = 1

An argument named "bogus" is not expected here.

Warning: Deprecated attribute

  on main.tf line 9:
   9:   x = y

Use z instead.
`;

describe('parseDiagnostics', () => {
  it('reads the human form: summary, location, detail without the source excerpt', () => {
    expect(parseDiagnostics(plainErrors)).toEqual([
      { severity: 'error', summary: 'Unsupported argument', location: 'main.tf:3', detail: 'An argument named "bogus" is not expected here.' },
      { severity: 'warning', summary: 'Deprecated attribute', location: 'main.tf:9', detail: 'Use z instead.' },
    ]);
  });

  it('reads the boxed, coloured form', () => {
    const [diagnostic] = parseDiagnostics(boxedLockError);
    expect(diagnostic).toMatchObject({ severity: 'error', summary: 'Error acquiring the state lock', location: null });
    expect(diagnostic!.detail).toContain('Lock Info:');
    expect(diagnostic!.detail).not.toMatch(/[│\u001b]/);
  });

  it.skipIf(!corpusPresent)('reads -json diagnostics from the corpus UI log', () => {
    const file = corpusPath('tfplans', 'hashicorp__terraform__internal__cloud__testdata__plan-json-error__plan.log.jsonl');
    expect(parseDiagnostics(readFileSync(file, 'utf8'))).toEqual([
      expect.objectContaining({ severity: 'error', summary: 'Unsupported block type', location: 'main.tf:2' }),
    ]);
  });

  it('falls back to the raw output when nothing looks like a diagnostic', () => {
    expect(errorsFrom('segmentation fault', '', 'tofu plan exited with code 139')).toEqual([
      { severity: 'error', summary: 'tofu plan exited with code 139', detail: 'segmentation fault', location: null },
    ]);
  });
});

describe('parseStateLock', () => {
  it('extracts the lock holder and the exact force-unlock command', () => {
    expect(parseStateLock(boxedLockError, 'tofu')).toEqual({
      id: '125840bf-d66c-4dce-d6dd-eef03aff8c70',
      path: 'terraform.tfstate',
      operation: 'OperationTypeApply',
      who: 'root@vm',
      created: '2026-11-28 00:25:10.691797098 +0000 UTC',
      unlockCommand: 'tofu force-unlock -force 125840bf-d66c-4dce-d6dd-eef03aff8c70',
    });
  });

  it('reads the lock from a -json diagnostic and ignores other errors', () => {
    const jsonLine = JSON.stringify({
      type: 'diagnostic',
      diagnostic: { severity: 'error', summary: 'Error acquiring the state lock', detail: 'Lock Info:\n  ID:        abc-123\n  Who:       ci@runner' },
    });
    expect(parseStateLock(jsonLine, 'terraform')).toMatchObject({ id: 'abc-123', who: 'ci@runner', unlockCommand: 'terraform force-unlock -force abc-123' });
    expect(parseStateLock(plainErrors)).toBeNull();
  });
});
