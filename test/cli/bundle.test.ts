import { relevantDenials } from '../../lambda/cli/commands/bundle';
import type { DeniedRequest } from '../../lambda/core/cloudtrail/types';
import { BROKEN_FN } from './helpers';
import { DENIAL } from '../support/factory';

const other: DeniedRequest = {
  ...DENIAL,
  eventId: 'OTHER',
  classification: { class: 'execution-role', reasons: [], functionName: 'someone-else' },
  caller: { ...DENIAL.caller, roleArn: 'arn:aws:iam::111122223333:role/other' },
};

function variant(id: string, patch: Partial<DeniedRequest>): DeniedRequest {
  return { ...other, eventId: id, ...patch };
}

describe('relevantDenials', () => {
  it.each<[string, DeniedRequest]>([
    [
      'classified function ARN',
      variant('A', { classification: { ...other.classification, functionArn: BROKEN_FN.arn } }),
    ],
    [
      'classified function name',
      variant('B', { classification: { ...other.classification, functionName: 'broken-fn' } }),
    ],
    ['its execution role as caller', variant('C', { caller: { ...other.caller, roleArn: BROKEN_FN.roleArn } })],
    ['the function as resource', variant('D', { resource: BROKEN_FN.arn })],
    ['functionName request parameter', variant('E', { requestParameters: { functionName: 'broken-fn' } })],
  ])('keeps a denial matched by %s', (_label, d) => {
    expect(relevantDenials([other, d, other], BROKEN_FN).map((x) => x.eventId)).toEqual([d.eventId]);
  });

  it('keeps a single unrelated denial (the user chose it) but drops unrelated ones among several', () => {
    expect(relevantDenials([other], BROKEN_FN)).toEqual([other]);
    expect(relevantDenials([other, other], BROKEN_FN)).toEqual([]);
    expect(relevantDenials([], BROKEN_FN)).toEqual([]);
  });
});
