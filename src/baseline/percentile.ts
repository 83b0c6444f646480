// A latency percentile from pg_stat_statements, which keeps per statement only the number of calls and the
// mean, standard deviation and maximum of their execution times: no histogram. Each statement's times are
// taken as normally distributed (mean, stddev), cut at 0 and at its observed maximum, and the statements
// are mixed in proportion to their calls; the percentile is where that mixture's distribution reaches it.
// It is an estimate and every report that shows it says so.

export interface LatencySample {
  calls: number;
  meanMs: number;
  stddevMs: number;
  maxMs: number;
}

/** The estimated `quantile` (0..1) of execution time over every call of the samples, or undefined. */
export function estimatedPercentile(samples: readonly LatencySample[], quantile: number): number | undefined {
  const used = samples.filter((sample) => sample.calls > 0);
  const calls = used.reduce((sum, sample) => sum + sample.calls, 0);
  if (calls === 0) return undefined;
  const share = (ms: number) =>
    used.reduce((sum, sample) => sum + sample.calls * shareBelow(sample, ms), 0) / calls;
  let low = 0;
  let high = Math.max(...used.map((sample) => Math.max(sample.maxMs, sample.meanMs)));
  for (let step = 0; step < 60 && high - low > 1e-6; step++) {
    const middle = (low + high) / 2;
    if (share(middle) >= quantile) high = middle;
    else low = middle;
  }
  return high;
}

/** The share of one statement's calls that took at most `ms`. */
function shareBelow(sample: LatencySample, ms: number): number {
  if (ms >= sample.maxMs) return 1;
  if (sample.stddevMs <= 0) return ms >= sample.meanMs ? 1 : 0;
  return normalCdf((ms - sample.meanMs) / sample.stddevMs);
}

/** Φ(z), by the Abramowitz–Stegun approximation of erf (error below 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
