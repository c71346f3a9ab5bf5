import { describe, expect, it } from 'vitest';
import { parsePlanJson, PlanFormatError } from '../../../src/terraform/plan-json.js';

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

describe('parsePlanJson of a large plan', () => {
  // Over 4 MiB the plan is parsed section by section, skipping prior_state and planned_values'
  // resources: what summarizing reads must be exactly what a whole parse gives.
  const resource = (index: number) => ({
    address: `module.m.terraform_data.item["${index}"]`,
    type: 'terraform_data',
    change: { actions: ['update'], before: { input: `old "${index}"\\` }, after: { input: `new ${index}` }, after_unknown: {}, before_sensitive: {}, after_sensitive: {} },
  });
  const resources = Array.from({ length: 20_000 }, (_, index) => resource(index));
  const plan = {
    format_version: '1.2',
    planned_values: { outputs: { token: { sensitive: true, value: 's' } }, root_module: { child_modules: [{ resources }] } },
    resource_changes: resources,
    output_changes: { token: { actions: ['create'], before: null, after: 's', after_unknown: false } },
    prior_state: { values: { root_module: { resources } } },
    configuration: { provider_config: { terraform: { full_name: 'terraform.io/builtin/terraform' } }, root_module: { outputs: { token: { sensitive: true } }, module_calls: { m: {} } } },
    errored: false,
  };
  const text = JSON.stringify(plan);

  it('reads the same sections a whole parse gives, and nothing it skips', () => {
    expect(text.length).toBeGreaterThan(4 * 1024 * 1024);
    const parsed = parsePlanJson(text);
    expect(parsed.resource_changes).toEqual(resources);
    expect(parsed.output_changes).toEqual(plan.output_changes);
    expect(parsed.planned_values).toEqual({ outputs: plan.planned_values.outputs });
    expect(parsed.configuration).toEqual({ provider_config: plan.configuration.provider_config, root_module: { outputs: plan.configuration.root_module.outputs } });
    expect(parsed).not.toHaveProperty('prior_state');
  });

  it('reports a broken large plan as JSON.parse would', () => {
    expect(() => parsePlanJson(text.slice(0, -2), 'plan.json')).toThrow(/plan\.json is not JSON/);
  });
});
