// Conda and pip dependency specs of the environments in a config, and whether each is pinned.
import type { DocPath } from '../../config/types.js';
import { asList, asMapping, asString, entriesAt, type Mapping } from './shape.js';

export interface Environment {
  /** Key under `environments` (the file name, e.g. `environment-dask.yaml`). */
  key: string;
  path: DocPath;
  environment: Mapping;
}

export interface Dependency {
  path: DocPath;
  spec: string;
  /** Lower-case package name without channel, extras or version. */
  name: string;
  /** The exact version when the spec pins one, e.g. `2.30.0`. */
  exactVersion: string | undefined;
}

export function environmentsOf(data: unknown): Environment[] {
  return entriesAt(data, ['environments']).flatMap(([key, value]) => {
    const environment = asMapping(value);
    return environment ? [{ key, path: ['environments', key], environment }] : [];
  });
}

/** Conda dependencies and the pip list nested in `- pip: [...]`. */
export function dependenciesOf(environment: Environment): Dependency[] {
  const found: Dependency[] = [];
  const conda = asList(environment.environment.dependencies) ?? [];
  conda.forEach((item, index) => {
    const path = [...environment.path, 'dependencies', index];
    const spec = asString(item);
    if (spec !== undefined) {
      const parsed = parseCondaSpec(spec);
      if (parsed) found.push({ path, spec, ...parsed });
      return;
    }
    (asList(asMapping(item)?.pip) ?? []).forEach((pipItem, pipIndex) => {
      const pipSpec = asString(pipItem);
      const parsed = pipSpec === undefined ? undefined : parsePipSpec(pipSpec);
      if (parsed) found.push({ path: [...path, 'pip', pipIndex], spec: pipSpec!, ...parsed });
    });
  });
  return found;
}

type ParsedSpec = { name: string; exactVersion: string | undefined };

const VERSION = /^[0-9][A-Za-z0-9._+!-]*$/;

/**
 * Conda match specs: `name`, `name ==1.2`, `name=1.2.3`, `name=1.2.3=build`, `name 1.2.3 build`,
 * `channel::name ...`. Exact: `==v`, `=v=build`, `=v` with a full (three-part) version, or a bare
 * version after a space; `=1.2` means `1.2.*` to conda and is not exact.
 */
export function parseCondaSpec(spec: string): ParsedSpec | undefined {
  const text = spec.trim().replace(/^[^\s:]+::/, '');
  const match = /^([A-Za-z0-9_.-]+)\s*(.*)$/.exec(text);
  if (!match) return undefined;
  const name = match[1]!.toLowerCase();
  const rest = match[2]!.trim();
  return { name, exactVersion: exactCondaVersion(rest) };
}

function exactCondaVersion(rest: string): string | undefined {
  if (rest === '' || rest.includes('*') || rest.includes(',') || rest.includes('|')) return undefined;
  let match = /^==\s*(\S+)$/.exec(rest);
  if (match) return VERSION.test(match[1]!) ? match[1] : undefined;
  match = /^=\s*([^=\s]+)(?:[=\s]\s*(\S+))?$/.exec(rest);
  if (match) {
    const version = match[1]!;
    const hasBuild = match[2] !== undefined;
    return VERSION.test(version) && (hasBuild || version.split('.').length >= 3) ? version : undefined;
  }
  match = /^([^<>=!~\s]+)(?:\s+\S+)?$/.exec(rest);
  return match && VERSION.test(match[1]!) ? match[1] : undefined;
}

/** pip requirements: `name==1.2`, `name===1.2`, `name[extra]==1.2; marker`; options (`-r`, `-e`) are skipped. */
export function parsePipSpec(spec: string): ParsedSpec | undefined {
  const text = spec.split(';')[0]!.trim();
  if (text.startsWith('-')) return undefined;
  const match = /^([A-Za-z0-9_.-]+)\s*(\[[^\]]*\])?\s*(.*)$/.exec(text);
  if (!match) return undefined;
  const name = match[1]!.toLowerCase();
  const rest = match[3]!.trim();
  const exact = /^===?\s*([^\s,*]+)$/.exec(rest);
  // A direct reference (`name @ git+https://…@<commit>`) is explicit about what it installs.
  const direct = /^@\s*\S+$/.test(rest) ? rest.slice(1).trim() : undefined;
  return { name, exactVersion: exact ? exact[1] : direct };
}
