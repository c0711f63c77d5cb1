/** Minimal typings of `dynalite` (no published types): the server factory the tests and benches use. */
declare module 'dynalite' {
  import type { Server } from 'node:http';
  /** Options of the in-memory server (no `path`: memory-level backend). */
  interface DynaliteOptions {
    createTableMs?: number;
    deleteTableMs?: number;
    updateTableMs?: number;
    path?: string;
  }
  function dynalite(options?: DynaliteOptions): Server;
  export = dynalite;
}
