import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);

// src/source/phi-names.ts
function keyNamePrefix(key) {
  let colon = key.indexOf(":");
  return colon === -1 ? key : key.slice(0, colon);
}
function normalize(name) {
  return name.trim().toLowerCase().replace(/-/g, "_");
}
function bareTable(table) {
  return normalize(table.slice(table.lastIndexOf(".") + 1));
}
function singularOf(table) {
  return table.endsWith("ies") ? `${table.slice(0, -3)}y` : table.endsWith("s") && !table.endsWith("ss") ? table.slice(0, -1) : table;
}
function tableForPrefix(prefix, tables) {
  let wanted = normalize(prefix);
  return tables.find((table) => {
    let bare = bareTable(table);
    return wanted === bare || wanted === singularOf(bare);
  });
}
function tableNamed(name, tables) {
  let wanted = bareTable(name);
  return tables.find((table) => bareTable(table) === wanted);
}

export {
  keyNamePrefix,
  tableForPrefix,
  tableNamed
};
