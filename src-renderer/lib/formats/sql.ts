/**
 * sql.js, loaded once. Node finds its wasm beside the module by itself; a browser bundle must say
 * where the wasm was emitted, so renderer code passes `{ locateFile: () => wasmUrl }` (vite:
 * `import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url'`). The first caller's options win.
 */
import initSqlJs, { type SqlJsConfig, type SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | undefined;

export function loadSql(config?: SqlJsConfig): Promise<SqlJsStatic> {
  loading ??= initSqlJs(config).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
