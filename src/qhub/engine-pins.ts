// The engine each QHub/Nebari release pins, for when its virtualenv cannot be installed (offline).
// The release's own constants module is the source of truth (readPinnedEngine); this table is
// checked against every installed venv by test/qhub/engine-pins.test.ts, so it cannot drift silently.
// Facts from TERRAFORM_VERSION / OPENTOFU_VERSION in qhub/constants.py and _nebari/constants.py.
import { describeEngine, type EnginePin } from '../terraform/provision.js';
import { readPinnedEngine } from './render.js';
import { ensureVenv, specForVersion, VenvError, type Exec, type VenvPaths } from './venv.js';

interface PinRange {
  /** The first release (inclusive) that pins `pin`; it holds until the next row's `from`. */
  from: string;
  pin: EnginePin;
}

/** In release order; QHub 0.x versions sort before Nebari's calendar versions. */
const PINS: readonly PinRange[] = [
  { from: '0.3.11', pin: { name: 'terraform', version: '0.14.9' } },
  { from: '0.3.13', pin: { name: 'terraform', version: '1.0.0' } },
  { from: '0.3.14', pin: { name: 'terraform', version: '1.0.5' } },
  { from: '2023.10', pin: { name: 'terraform', version: '1.5.7' } },
  { from: '2024.12', pin: { name: 'tofu', version: '1.8.3' } },
];

function parts(version: string): number[] {
  return (/^\d+(\.\d+)*/.exec(version)?.[0] ?? '').split('.').map(Number);
}

function compare(a: string, b: string): number {
  const [left, right] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The pin of a supported release (0.3.11 onwards), or null for versions before the table. */
export function fallbackPin(releaseVersion: string): EnginePin | null {
  let found: EnginePin | null = null;
  for (const row of PINS) if (compare(releaseVersion, row.from) >= 0) found = row.pin;
  return found;
}

export interface ReleaseEnginePinOptions {
  env: NodeJS.ProcessEnv;
  log?: (message: string) => void;
  /** Tests: build venvs and run Python through this. */
  exec?: Exec;
}

/**
 * The engine a release pins, from its own package in its virtualenv (installed once when
 * missing); from the table above only when the virtualenv cannot be installed (offline), saying so.
 */
export async function releaseEnginePin(releaseVersion: string, options: ReleaseEnginePinOptions): Promise<EnginePin> {
  const spec = specForVersion(releaseVersion);
  let venv: VenvPaths;
  try {
    venv = await ensureVenv(spec, { env: options.env, log: options.log, exec: options.exec });
  } catch (error) {
    const pin = fallbackPin(releaseVersion);
    if (!(error instanceof VenvError) || pin === null) throw error;
    options.log?.(`${spec.package} ${releaseVersion} cannot be installed to read its engine (${error.message.split('\n')[0]}); using the engine it is known to pin, ${describeEngine(pin)}`);
    return pin;
  }
  return readPinnedEngine(venv, { env: options.env, exec: options.exec });
}
