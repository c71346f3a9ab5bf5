// The one parser of sizes and CPU counts used by the rules.
//
// Two conventions meet in a QHub config:
// - Kubernetes quantities (`storage.*`, PVC sizes): `Ki Mi Gi Ti Pi Ei` are powers of 1024,
//   `k M G T P E` powers of 1000, `m` is milli, and plain or exponent numbers are bytes.
// - JupyterHub/KubeSpawner and dask-gateway byte specifications (`mem_guarantee`,
//   `worker_memory`): a single `K M G T` suffix that means powers of 1024 (`5G` = 5 GiB).

export type QuantityConvention = 'kubernetes' | 'jupyterhub';

const KUBERNETES_SUFFIXES: Record<string, number> = {
  '': 1,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

const JUPYTERHUB_SUFFIXES: Record<string, number> = { '': 1, K: 2 ** 10, M: 2 ** 20, G: 2 ** 30, T: 2 ** 40 };

const KUBERNETES_PATTERN = /^([+]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$/;
const JUPYTERHUB_PATTERN = /^(\d+\.?\d*|\.\d+)([KMGT])?$/;

/** Bytes (or units) of a quantity; undefined when the value is not one in that convention. */
export function parseQuantity(value: unknown, convention: QuantityConvention): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const match = (convention === 'kubernetes' ? KUBERNETES_PATTERN : JUPYTERHUB_PATTERN).exec(text);
  if (!match) return undefined;
  const table = convention === 'kubernetes' ? KUBERNETES_SUFFIXES : JUPYTERHUB_SUFFIXES;
  const amount = Number(match[1]);
  const multiplier = table[match[2] ?? ''];
  return multiplier === undefined || !Number.isFinite(amount) ? undefined : amount * multiplier;
}

/** Human-readable bytes for messages, in GiB/MiB (what instance tables and most configs use). */
export function formatBytes(bytes: number): string {
  if (bytes >= 2 ** 30) return `${round(bytes / 2 ** 30)} GiB`;
  return `${round(bytes / 2 ** 20)} MiB`;
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}
