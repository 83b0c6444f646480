import { count, percent } from '../src/health/format.ts';
import { reportUnreadable } from '../src/health/unreadable.ts';
import type { Rule } from '../src/types.ts';

// SPEC-2's "Connection pool usage < 70%" and its alert "Connection pool saturation > 80%". A server out of
// slots refuses new clients outright, so the headroom is measured against the slots a client can actually
// get: max_connections less the reserved ones. Every client backend of the cluster counts (they all share
// max_connections), the audit's own session included. As with slow-query, the target band is a warning
// and the alert band asks for an error.
const rule: Rule = {
  meta: {
    id: 'connection-headroom',
    description:
      'Client connections in use stay under the target share of the usable slots (error over the alert).',
    defaultSeverity: 'warning',
    alertSeverity: 'error',
    sources: ['health'],
  },

  checkHealth({ facts, config, report }) {
    reportUnreadable(facts, 'connections', report);
    const connections = facts.connections;
    if (!connections) return;
    const usable = Math.max(connections.maxConnections - connections.reserved, 1);
    const used = (100 * connections.clientBackends) / usable;
    const { connectionsTarget, connectionsAlert } = config.health;
    if (used <= connectionsTarget) return;
    const alert = used > connectionsAlert;
    const limit = alert ? `the ${connectionsAlert} % alert` : `the ${connectionsTarget} % target`;
    report({
      severity: alert ? 'error' : undefined,
      message: `${count(connections.clientBackends)} of ${count(usable)} usable connection slots are in use (${percent(connections.clientBackends, usable)}), above ${limit} (max_connections ${count(connections.maxConnections)} less ${count(connections.reserved)} reserved): route clients through the pooler or raise max_connections`,
      object: 'max_connections',
    });
  },
};

export default rule;
