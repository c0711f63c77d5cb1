/** lazyClient / lazyClients: construct on first use, once; stubs on the client class still answer. */
import { GetFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { createClients } from '../../../lambda/aws/collect/clients';
import { lazyClient, lazyClients } from '../../../lambda/aws/collect/lazy';

class Counter {
  static made = 0;
  value = 1;
  constructor() {
    Counter.made++;
  }
  get(): number {
    return this.value;
  }
}

beforeEach(() => {
  Counter.made = 0;
});

describe('lazyClient', () => {
  it.each([
    ['holding it', () => undefined, 0],
    ['calling a method', (c: Counter) => c.get(), 1],
    ['reading a property', (c: Counter) => c.value, 1],
    ['instanceof', (c: Counter) => c instanceof Counter, 1],
    ['`in`', (c: Counter) => 'value' in c, 1],
    ['using it three times', (c: Counter) => [c.get(), c.value, c.get()], 1],
  ])('constructs on %s: %d time(s)', (_name, use, made) => {
    const client = lazyClient(() => new Counter());
    use(client);
    expect(Counter.made).toBe(made);
  });

  it('forwards methods bound to the real client, and writes', () => {
    const client = lazyClient(() => new Counter());
    const get = client.get;
    client.value = 7;
    expect(get()).toBe(7);
    expect(client instanceof Counter).toBe(true);
  });
});

describe('lazyClients', () => {
  it('builds each client of the table on its own first use', () => {
    const made: string[] = [];
    const clients = lazyClients<{ a: Counter; b: Counter }>({
      a: () => (made.push('a'), new Counter()),
      b: () => (made.push('b'), new Counter()),
    });
    expect(made).toEqual([]);
    clients.b.get();
    clients.b.get();
    expect(made).toEqual(['b']);
  });
});

describe('createClients', () => {
  it('answers through stubs installed on the client class (aws-sdk-client-mock)', async () => {
    const lambda = mockClient(LambdaClient);
    lambda.on(GetFunctionCommand).resolves({ Configuration: { FunctionName: 'f' } });
    try {
      const out = await createClients('eu-west-1').lambda.send(new GetFunctionCommand({ FunctionName: 'f' }));
      expect(out.Configuration?.FunctionName).toBe('f');
      expect(lambda.commandCalls(GetFunctionCommand)).toHaveLength(1);
    } finally {
      lambda.restore();
    }
  });
});
