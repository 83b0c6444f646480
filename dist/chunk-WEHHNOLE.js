import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);

// src/health/format.ts
function count(value) {
  return Math.round(value).toLocaleString("en-US");
}
function ms(value) {
  return value >= 1e4 ? `${(value / 1e3).toFixed(1).replace(/\.0$/, "")} s` : value >= 10 ? `${count(value)} ms` : `${value.toFixed(1).replace(/\.0$/, "")} ms`;
}
function percent(part, whole) {
  return `${(100 * part / whole).toFixed(1)} %`;
}
function oneLine(text, max = 80) {
  let flat = text.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, " ").replaceAll("`", "'").trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}\u2026` : flat;
}

// src/health/latency.ts
var P95_Z = 1.645;
function estimatedP95(row) {
  return row.meanMs + P95_Z * row.stddevMs;
}
function statementText(row) {
  return `\`${oneLine(row.query)}\``;
}
function latencyFigures(row) {
  return `estimated as mean + ${P95_Z} \xD7 standard deviation; ${count(row.calls)} calls, mean ${ms(row.meanMs)}, total ${ms(row.totalMs)}`;
}
function statementObject(row) {
  return row.queryid ? `pg_stat_statements:${row.queryid}` : "pg_stat_statements";
}

export {
  count,
  ms,
  percent,
  P95_Z,
  estimatedP95,
  statementText,
  latencyFigures,
  statementObject
};
