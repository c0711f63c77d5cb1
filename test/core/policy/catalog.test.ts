/** createActionCatalog(): the pure catalog over compact data (no files). */
import { createActionCatalog, type CatalogData } from '../../../lambda/core/policy';

const DATA: CatalogData = {
  source: { package: 'test', version: '0' },
  services: {
    s3: 'GetObject,ListBucket,PutObject',
    lambda: 'CreateFunction,InvokeFunction',
    sts: 'AssumeRole',
    empty: '',
  },
};

const catalog = createActionCatalog(DATA);

describe('createActionCatalog', () => {
  it.each([
    ['s3:getobject', 's3:GetObject'],
    ['S3:GETOBJECT', 's3:GetObject'],
    ['LAMBDA:InvokeFunction', 'lambda:InvokeFunction'],
    ['sts:assumerole', 'sts:AssumeRole'],
  ])('canonical(%s) = %s', (input, expected) => {
    expect(catalog.canonical(input)).toBe(expected);
    expect(catalog.hasAction(input)).toBe(true);
  });

  it.each([
    's3:GetObjekt',
    'nosuchservice:Get',
    'noColon',
    ':GetObject',
    's3:',
    'empty:Anything',
    '__proto__:x',
    'constructor:x',
    'toString:x',
  ])('rejects %s', (input) => {
    expect(catalog.hasAction(input)).toBe(false);
    expect(catalog.canonical(input)).toBeUndefined();
  });

  it.each([
    ['s3', ['s3:GetObject', 's3:ListBucket', 's3:PutObject']],
    ['LAMBDA', ['lambda:CreateFunction', 'lambda:InvokeFunction']],
    ['empty', []],
    ['nosuchservice', []],
    ['__proto__', []],
  ])('actionsFor(%s)', (service, expected) => {
    expect(catalog.actionsFor(service)).toEqual(expected);
  });

  it('lists the services, sorted', () => {
    expect(catalog.services()).toEqual(['empty', 'lambda', 's3', 'sts']);
  });

  it('answers the same after a service was decoded (cache)', () => {
    const fresh = createActionCatalog(DATA);
    expect(fresh.actionsFor('s3')).toEqual(fresh.actionsFor('s3'));
    expect(fresh.canonical('s3:putobject')).toBe('s3:PutObject');
  });
});
