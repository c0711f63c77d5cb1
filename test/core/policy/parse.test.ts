/** parsePolicy: normalization and problems as data. */
import { parsePolicy } from '../../../lambda/core/policy';
import type { PolicySourceRef } from '../../../lambda/core/policy';

const ID: PolicySourceRef = { type: 'identity', name: 'inline', origin: 'inline' };
const V = '2012-10-17';
const st = (s: Record<string, unknown>): unknown => ({ Version: V, Statement: [s] });
const ok = { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' };

interface ProblemCase {
  name: string;
  doc: unknown;
  source?: PolicySourceRef;
  path: string;
  severity: 'error' | 'warning';
  message: RegExp;
  invalid?: boolean;
}

const problemCases: ProblemCase[] = [
  { name: 'invalid JSON text', doc: '{"Version": ', path: '', severity: 'error', message: /not valid JSON/ },
  { name: 'document is an array', doc: [1, 2], path: '', severity: 'error', message: /must be a JSON object/ },
  { name: 'document is null', doc: null, path: '', severity: 'error', message: /must be a JSON object/ },
  {
    name: 'unknown top-level element',
    doc: { Version: V, Statement: [ok], Foo: 1 },
    path: 'Foo',
    severity: 'error',
    message: /unknown element/,
  },
  {
    name: 'missing Statement',
    doc: { Version: V },
    path: 'Statement',
    severity: 'error',
    message: /missing Statement/,
  },
  { name: 'missing Version', doc: { Statement: [ok] }, path: 'Version', severity: 'warning', message: /literal text/ },
  {
    name: 'Version 2008-10-17',
    doc: { Version: '2008-10-17', Statement: [ok] },
    path: 'Version',
    severity: 'warning',
    message: /does not support policy variables/,
  },
  {
    name: 'unknown Version',
    doc: { Version: '2020-01-01', Statement: [ok] },
    path: 'Version',
    severity: 'error',
    message: /unknown Version/,
  },
  {
    name: 'missing Effect',
    doc: st({ Action: 's3:*', Resource: '*' }),
    path: 'Statement[0].Effect',
    severity: 'error',
    message: /missing Effect/,
    invalid: true,
  },
  {
    name: 'bad Effect',
    doc: st({ ...ok, Effect: 'allow' }),
    path: 'Statement[0].Effect',
    severity: 'error',
    message: /must be "Allow" or "Deny"/,
    invalid: true,
  },
  {
    name: 'Action and NotAction together',
    doc: st({ ...ok, NotAction: 'iam:*' }),
    path: 'Statement[0]',
    severity: 'error',
    message: /Action and NotAction/,
    invalid: true,
  },
  {
    name: 'neither Action nor NotAction',
    doc: st({ Effect: 'Allow', Resource: '*' }),
    path: 'Statement[0]',
    severity: 'error',
    message: /missing Action/,
    invalid: true,
  },
  {
    name: 'Resource and NotResource together',
    doc: st({ ...ok, NotResource: 'x' }),
    path: 'Statement[0]',
    severity: 'error',
    message: /Resource and NotResource/,
    invalid: true,
  },
  {
    name: 'identity statement without Resource',
    doc: st({ Effect: 'Allow', Action: 's3:*' }),
    path: 'Statement[0]',
    severity: 'error',
    message: /missing Resource/,
    invalid: true,
  },
  {
    name: 'Action of wrong type',
    doc: st({ ...ok, Action: 5 }),
    path: 'Statement[0].Action',
    severity: 'error',
    message: /string or a list/,
  },
  {
    name: 'non-string entry in Action list',
    doc: st({ ...ok, Action: ['s3:GetObject', 7] }),
    path: 'Statement[0].Action[1]',
    severity: 'error',
    message: /must be a string/,
  },
  {
    name: 'malformed action name',
    doc: st({ ...ok, Action: 's3GetObject' }),
    path: 'Statement[0].Action[0]',
    severity: 'error',
    message: /service:action/,
  },
  {
    name: 'unknown statement element',
    doc: st({ ...ok, Actions: 's3:*' }),
    path: 'Statement[0].Actions',
    severity: 'error',
    message: /unknown element/,
  },
  {
    name: 'element in other case',
    doc: st({ Effect: 'Allow', action: 's3:*', Resource: '*' }),
    path: 'Statement[0].action',
    severity: 'warning',
    message: /spelled "Action"/,
  },
  {
    name: 'Principal in an identity policy',
    doc: st({ ...ok, Principal: '*' }),
    path: 'Statement[0].Principal',
    severity: 'error',
    message: /^Principal \/ NotPrincipal is not allowed in an identity-based policy \(ignored\)$/,
  },
  {
    name: 'resource policy without Principal',
    doc: st(ok),
    source: { type: 'resource', name: 'r' },
    path: 'Statement[0]',
    severity: 'error',
    message: /^a statement of a resource-based policy needs Principal or NotPrincipal/,
    invalid: true,
  },
  {
    name: 'unknown principal type',
    doc: st({ ...ok, Principal: { Aws: 'x' } }),
    source: { type: 'resource', name: 'r' },
    path: 'Statement[0].Principal.Aws',
    severity: 'error',
    message: /unknown principal type/,
  },
  {
    name: 'principal as bare ARN string',
    doc: st({ ...ok, Principal: 'arn:aws:iam::111122223333:root' }),
    source: { type: 'resource', name: 'r' },
    path: 'Statement[0].Principal',
    severity: 'error',
    message: /must be "\*" or an object/,
  },
  {
    name: 'Resource that is not an ARN',
    doc: st({ ...ok, Resource: 'my-bucket/*' }),
    path: 'Statement[0].Resource[0]',
    severity: 'error',
    message: /neither "\*" nor an ARN/,
  },
  {
    name: 'wildcard inside a principal ARN',
    doc: st({ ...ok, Principal: { AWS: 'arn:aws:iam::111122223333:role/*' } }),
    source: { type: 'resource', name: 'r' },
    path: 'Statement[0].Principal.AWS[0]',
    severity: 'error',
    message: /wildcards are not allowed/,
  },
  {
    name: 'unique ID left by a deleted principal',
    doc: st({ ...ok, Principal: { AWS: 'AROAEXAMPLEID123456789' } }),
    source: { type: 'trust', name: 't' },
    path: 'Statement[0].Principal.AWS[0]',
    severity: 'warning',
    message: /unique ID/,
  },
  {
    name: 'malformed principal ARN',
    doc: st({ ...ok, Principal: { AWS: 'arn:aws:s3:::bucket' } }),
    source: { type: 'resource', name: 'r' },
    path: 'Statement[0].Principal.AWS[0]',
    severity: 'error',
    message: /not an account ID/,
  },
  {
    name: 'unknown condition operator',
    doc: st({ ...ok, Condition: { StringEqualz: { 'aws:x': 'y' } } }),
    path: 'Statement[0].Condition.StringEqualz.aws:x',
    severity: 'error',
    message: /unknown condition operator/,
  },
  {
    name: 'condition block of wrong type',
    doc: st({ ...ok, Condition: ['x'] }),
    path: 'Statement[0].Condition',
    severity: 'error',
    message: /must be an object/,
  },
  {
    name: 'condition value of wrong type',
    doc: st({ ...ok, Condition: { StringEquals: { 'aws:x': { a: 1 } } } }),
    path: 'Statement[0].Condition.StringEquals.aws:x',
    severity: 'error',
    message: /condition value/,
  },
  {
    name: 'duplicate Sid',
    doc: {
      Version: V,
      Statement: [
        { ...ok, Sid: 'A' },
        { ...ok, Sid: 'A' },
      ],
    },
    path: 'Statement[1].Sid',
    severity: 'error',
    message: /duplicate Sid/,
  },
  {
    name: 'statement is not an object',
    doc: { Version: V, Statement: ['x'] },
    path: 'Statement[0]',
    severity: 'error',
    message: /must be an object/,
    invalid: true,
  },
  {
    name: 'managed policy over 6,144 characters',
    doc: st({ ...ok, Resource: Array.from({ length: 300 }, (_, i) => `arn:aws:s3:::bucket-${i}/*`) }),
    source: { type: 'identity', name: 'm', origin: 'customer-managed' },
    path: '',
    severity: 'error',
    message: /at most 6,144/,
  },
  {
    name: 'trust policy over 2,048 characters',
    doc: st({
      ...ok,
      Principal: {
        AWS: Array.from({ length: 60 }, (_, i) => `arn:aws:iam::1111222233${String(i).padStart(2, '0')}:root`),
      },
    }),
    source: { type: 'trust', name: 't' },
    path: '',
    severity: 'warning',
    message: /at most 2,048/,
  },
  {
    name: 'SCP over 5,120 characters',
    doc: st({ ...ok, Resource: Array.from({ length: 200 }, (_, i) => `arn:aws:s3:::bucket-${i}/*`) }),
    source: { type: 'scp', name: 's' },
    path: '',
    severity: 'error',
    message: /at most 5,120/,
  },
];

describe('parsePolicy problems', () => {
  it.each(problemCases)('$name', (c) => {
    const p = parsePolicy(c.doc, c.source ?? ID);
    const hit = p.problems.find((x) => x.path === c.path && c.message.test(x.message));
    expect(hit).toMatchObject({ severity: c.severity });
    if (c.invalid !== undefined) expect(p.statements[0]?.invalid ?? false).toBe(c.invalid);
  });
});
