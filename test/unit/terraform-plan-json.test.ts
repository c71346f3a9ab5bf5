import { describe, expect, it } from 'vitest';
import { parsePlanJson, PlanFormatError } from '../../src/terraform/plan-json.js';

describe('parsePlanJson', () => {
  it.each([
    ['not JSON', '{"format_version": ', /is not JSON/],
    ['an array', '[]', /is not a plan: expected a JSON object/],
    ['no format_version', '{"resource_changes": []}', /has no format_version/],
    ['a state file', '{"format_version": "1.0", "values": {"root_module": {}}}', /a state file/],
    ['an unknown format', '{"format_version": "2.0", "resource_changes": []}', /format_version "2\.0", which this tool does not know/],
    ['a malformed change', '{"format_version": "1.2", "resource_changes": [{"address": "a"}]}', /resource_changes must be a list/],
  ])('rejects %s with a clear message', (_name, text, message) => {
    expect(() => parsePlanJson(text, 'plan.json')).toThrow(PlanFormatError);
    expect(() => parsePlanJson(text, 'plan.json')).toThrow(message);
  });

  it('accepts every 0.x and 1.x format', () => {
    for (const version of ['0.1', '0.2', '1.0', '1.1', '1.2', '1.3']) {
      expect(parsePlanJson(JSON.stringify({ format_version: version, resource_changes: [] })).format_version).toBe(version);
    }
  });
});
