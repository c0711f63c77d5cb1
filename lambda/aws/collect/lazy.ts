/**
 * Lazy SDK clients: a stand-in that builds the real client on first use. Holding or passing the
 * stand-in costs nothing; the first property access (`client.send`, `client.config`, …) runs the
 * factory, which is also where the client's SDK package is `require`d, so a process only loads the
 * packages of the clients it actually calls (README "Lean Lambdas").
 */

/**
 * Wraps `create` in a stand-in of type `T` that calls it once, on first use, and forwards everything to
 * the client it returns. `instanceof` and prototype-level stubs (aws-sdk-client-mock) see the real client.
 * @param create builds the real client (and requires its package)
 */
export function lazyClient<T extends object>(create: () => T): T {
  let real: T | undefined;
  const target = (): T => (real ??= create());
  const handler: ProxyHandler<T> = {
    get(_t, prop) {
      const client = target();
      const value: unknown = Reflect.get(client, prop, client);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(client) : value;
    },
    set: (_t, prop, value) => Reflect.set(target(), prop, value),
    has: (_t, prop) => Reflect.has(target(), prop),
    getPrototypeOf: () => Reflect.getPrototypeOf(target()),
  };
  return new Proxy({} as T, handler);
}

/**
 * Turns a table of factories into an object of lazy clients with the same keys: adding a client is one
 * line in the table. The factories run on first use of their client, never before.
 * @param factories key → factory of that client
 */
export function lazyClients<T extends { [K in keyof T]: object }>(factories: {
  readonly [K in keyof T]: () => T[K];
}): T {
  const out = {} as T;
  for (const key of Object.keys(factories) as (keyof T)[]) out[key] = lazyClient(factories[key]);
  return out;
}
