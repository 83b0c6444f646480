// Types for the Emscripten module inside libpg-query, which its package ships without declarations. Only
// what src/parse/kept-trees.ts calls is declared; the names are the module's own exports.

declare module 'libpg-query/wasm/libpg-query.js' {
  export interface PgQueryWasm {
    /** The WASM memory; replaced by a new view whenever the memory grows, so read it after each call. */
    HEAPU8: Uint8Array;
    _malloc(size: number): number;
    _free(pointer: number): void;
    /** pg_query_parse: a pointer to `{ char *parse_tree; char *stderr_buffer; PgQueryError *error; }`. */
    _wasm_parse_query_raw(query: number): number;
    _wasm_free_parse_result(result: number): void;
  }
  const createModule: () => Promise<PgQueryWasm>;
  export default createModule;
}
