import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);

// src/parse/ast.ts
function unwrap(node) {
  if (!node) return;
  let [kind] = Object.keys(node);
  return [kind, node[kind]];
}
function statementOf(node, kind) {
  if (!(!node || !(kind in node)))
    return node[kind];
}
var QUALIFIED = /* @__PURE__ */ Symbol("qualified name");
function qualify(relation) {
  if (!relation?.relname) return "";
  let known = relation[QUALIFIED];
  if (known !== void 0) return known;
  let name = `${relation.schemaname ?? "public"}.${relation.relname}`;
  return Object.defineProperty(relation, QUALIFIED, { value: name, enumerable: !1 }), name;
}
function qualifyNameList(list) {
  let parts = (list?.List?.items ?? []).map((item) => item.String?.sval ?? "");
  return parts.length === 1 ? `public.${parts[0]}` : parts.slice(-2).join(".");
}
function hasOption(options, name) {
  return (options ?? []).some(
    (option) => option.DefElem?.defname === name
  );
}

export {
  unwrap,
  statementOf,
  qualify,
  qualifyNameList,
  hasOption
};
