import { closest, parseArgs, renderCommandHelp, type CommandSpec } from '../../lambda/cli/args';

const SPEC: CommandSpec = {
  name: 'audit',
  summary: 'Audit things.',
  options: [
    { name: 'snapshot', type: 'string', valueName: 'FILE', required: true, description: 'Snapshot.' },
    { name: 'format', type: 'string', choices: ['table', 'json'], description: 'Format.', defaultText: 'table' },
    { name: 'event', type: 'string', repeatable: true, description: 'Event.' },
    { name: 'no-color', type: 'boolean', description: 'No color.' },
  ],
  positionals: [{ name: 'A', description: 'first', required: false }],
  examples: ['audit --snapshot s.json'],
};

describe('parseArgs', () => {
  it.each<[string[], Record<string, unknown>, string[]]>([
    [['--snapshot', 's.json'], { snapshot: 's.json' }, []],
    [['--snapshot=s.json', '--format=json'], { snapshot: 's.json', format: 'json' }, []],
    [['--snapshot', 's.json', '--event', 'a', '--event=b'], { snapshot: 's.json', event: ['a', 'b'] }, []],
    [['--no-color', '--snapshot', 's.json', 'pos'], { snapshot: 's.json', 'no-color': true }, ['pos']],
    [['--snapshot', 's.json', '--', '--not-an-option'], { snapshot: 's.json' }, ['--not-an-option']],
    [['--snapshot', '-'], { snapshot: '-' }, []],
  ])('parses %j', (argv, options, positionals) => {
    const r = parseArgs(SPEC, argv);
    expect(r).toEqual({ ok: true, value: { options, positionals, help: false } });
  });

  it.each<[string[], string]>([
    [[], 'missing required option --snapshot FILE'],
    [['--snapshot'], '--snapshot needs a value (FILE)'],
    [['--snapshot', '--format', 'json'], '--snapshot needs a value (FILE)'],
    [['--snapshot', 's', '--format', 'xml'], '--format must be one of table, json (got "xml")'],
    [['--snapshot', 's', '--snapshto', 'x'], 'unknown option --snapshto for "audit" (did you mean --snapshot?)'],
    [['--snapshot', 's', '--zzzzzzzz'], 'unknown option --zzzzzzzz for "audit"'],
    [['--snapshot', 's', '-x'], 'unknown option -x (options start with --)'],
    [['--snapshot', 's', '--snapshot', 't'], '--snapshot given more than once'],
    [['--snapshot', 's', '--no-color=yes'], '--no-color is a flag and takes no value'],
    [['--snapshot', 's', 'a', 'b'], 'unexpected argument "b"'],
  ])('rejects %j', (argv, message) => {
    expect(parseArgs(SPEC, argv)).toEqual({ ok: false, error: { message } });
  });

  it('accepts --help even when required options are missing', () => {
    const r = parseArgs(SPEC, ['-h']);
    expect(r.ok && r.value.help).toBe(true);
  });

  it('requires required positionals', () => {
    const spec: CommandSpec = {
      ...SPEC,
      options: [],
      positionals: [
        { name: 'A', description: '', required: true },
        { name: 'B', description: '', required: true },
      ],
    };
    expect(parseArgs(spec, ['x'])).toEqual({ ok: false, error: { message: 'missing argument B' } });
  });
});

describe('renderCommandHelp', () => {
  const help = renderCommandHelp('prog', SPEC);
  it.each([
    'Usage: prog audit --snapshot FILE [--format VALUE] [--event VALUE] [--no-color] [A]',
    'Audit things.',
    '--format VALUE   Format. (one of: table, json; default: table)',
    '--snapshot FILE  Snapshot. (required)',
    '--event VALUE    Event. (repeatable)',
    '--help           Show this help.',
    'Examples:\n  audit --snapshot s.json',
  ])('contains %j', (text) => {
    expect(help).toContain(text);
  });
});

describe('closest', () => {
  it.each<[string, string | undefined]>([
    ['adit', 'audit'],
    ['demo', 'demo'],
    ['xplain', 'explain'],
    ['zzzzzz', undefined],
  ])('%s → %s', (word, expected) => {
    expect(closest(word, ['audit', 'demo', 'explain', 'sweep'])).toBe(expected);
  });
});
