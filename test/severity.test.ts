import { describe, expect, it } from 'vitest';
import { findingSeverity } from '../src/severity.ts';

const alerting = {
  meta: { id: 'slow-query', defaultSeverity: 'warning' as const, alertSeverity: 'error' as const },
};
const plain = { meta: { id: 'cache-ttl', defaultSeverity: 'warning' as const } };

describe('findingSeverity', () => {
  it('gives the default to a finding that asks nothing, and lets a rule ask for less', () => {
    expect(findingSeverity(plain, { rules: {} }, undefined)).toBe('warning');
    expect(findingSeverity(plain, { rules: {} }, 'info')).toBe('info');
    expect(findingSeverity(plain, { rules: {} }, 'error')).toBe('warning');
  });

  it("lets an alert rise to the rule's alertSeverity while the config leaves the rule alone", () => {
    expect(findingSeverity(alerting, { rules: {} }, undefined)).toBe('warning');
    expect(findingSeverity(alerting, { rules: {} }, 'error')).toBe('error');
  });

  it('caps every finding at a severity the config sets', () => {
    expect(findingSeverity(alerting, { rules: { 'slow-query': 'warning' } }, 'error')).toBe('warning');
    expect(findingSeverity(alerting, { rules: { 'slow-query': 'error' } }, undefined)).toBe('error');
    expect(findingSeverity(alerting, { rules: { 'slow-query': 'info' } }, 'error')).toBe('info');
  });
});
