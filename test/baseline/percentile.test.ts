import { describe, expect, it } from 'vitest';
import { estimatedPercentile, normalCdf } from '../../src/baseline/percentile.ts';

const sample = (calls: number, meanMs: number, stddevMs: number, maxMs: number) => ({
  calls,
  meanMs,
  stddevMs,
  maxMs,
});

describe('estimatedPercentile', () => {
  it('is the normal percentile of one statement: mean + 1.645 standard deviations', () => {
    expect(estimatedPercentile([sample(100, 10, 2, 1000)], 0.95)).toBeCloseTo(10 + 1.645 * 2, 2);
  });

  it('mixes statements by their calls', () => {
    // 95 % of calls take 1 ms: the p95 is 1 ms; at 94 % it is the slow statement's 100 ms.
    expect(estimatedPercentile([sample(95, 1, 0, 1), sample(5, 100, 0, 100)], 0.95)).toBeCloseTo(1, 3);
    expect(estimatedPercentile([sample(94, 1, 0, 1), sample(6, 100, 0, 100)], 0.95)).toBeCloseTo(100, 3);
  });

  it('never passes the slowest call seen', () => {
    expect(estimatedPercentile([sample(10, 10, 10, 12)], 0.95)).toBeCloseTo(12, 3);
  });

  it('has no answer without calls', () => {
    expect(estimatedPercentile([], 0.95)).toBeUndefined();
    expect(estimatedPercentile([sample(0, 5, 1, 9)], 0.95)).toBeUndefined();
  });

  it('uses an accurate normal distribution', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.645)).toBeCloseTo(0.95, 3);
    expect(normalCdf(-1.96)).toBeCloseTo(0.025, 3);
  });
});
