// Shared by the bench modules (files starting with _ are not bench modules themselves).

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median wall time of `runs` calls of `work`, in milliseconds. */
export function timeIt(runs, work) {
  const times = [];
  for (let index = 0; index < runs; index++) {
    const start = process.hrtime.bigint();
    work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}
