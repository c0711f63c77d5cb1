/**
 * Trigger features: each wires one service to the function with the `lambda:InvokeFunction` statement
 * `AddPermission` stores (SourceArn, plus SourceAccount where AWS asks for it).
 */
import type { TriggerKind } from '../../../../lambda/core/snapshot/types';
import type { Feature } from './features';
import { ACCOUNT, REGION } from '../../../support/factory';

const A = ACCOUNT;
const R = REGION;
const TOPIC = `arn:aws:sns:${R}:${A}:alerts`;
const fnArn = (name: string): string => `arn:aws:lambda:${R}:${A}:function:${name}`;

function trig(kind: TriggerKind, service: string, sourceArn: string, name: string, guard: Record<string, unknown>) {
  return {
    statement: {
      Sid: `${kind}-invoke`,
      Effect: 'Allow',
      Principal: { Service: service },
      Action: 'lambda:InvokeFunction',
      Resource: fnArn(name),
      Condition: guard,
    },
    trigger: { kind, sourceArn, sourceAccount: A, targetArn: fnArn(name), servicePrincipal: service },
  };
}
const arnLike = (arn: string) => ({ ArnLike: { 'AWS:SourceArn': arn } });
const scoped = (arn: string) => ({ ...arnLike(arn), StringEquals: { 'AWS:SourceAccount': A } });

/** Every trigger feature. */
export const TRIGGER_FEATURES: readonly Feature[] = [
  {
    id: 'eventbridge',
    config: () => ({}),
    grants: () => [],
    triggers: (name) => [
      trig(
        'eventbridge-rule',
        'events.amazonaws.com',
        `arn:aws:events:${R}:${A}:rule/${name}-cron`,
        name,
        arnLike(`arn:aws:events:${R}:${A}:rule/${name}-cron`),
      ),
    ],
  },
  {
    id: 'sns',
    config: () => ({}),
    grants: () => [],
    triggers: (name) => [trig('sns', 'sns.amazonaws.com', `${TOPIC}-${name}`, name, arnLike(`${TOPIC}-${name}`))],
  },
  {
    id: 's3',
    config: () => ({}),
    grants: () => [],
    triggers: (name) => [
      trig('s3', 's3.amazonaws.com', `arn:aws:s3:::${name}-uploads`, name, scoped(`arn:aws:s3:::${name}-uploads`)),
    ],
  },
  {
    id: 'apigateway',
    config: () => ({}),
    grants: () => [],
    triggers: (name) => [
      trig(
        'apigateway',
        'apigateway.amazonaws.com',
        `arn:aws:execute-api:${R}:${A}:a1b2c3d4e5/*/GET/items`,
        name,
        arnLike(`arn:aws:execute-api:${R}:${A}:a1b2c3d4e5/*/GET/items`),
      ),
    ],
  },
  {
    id: 'logs-subscription',
    config: () => ({}),
    grants: () => [],
    triggers: (name) => [
      trig(
        'logs-subscription',
        'logs.amazonaws.com',
        `arn:aws:logs:${R}:${A}:log-group:/app/${name}:*`,
        name,
        scoped(`arn:aws:logs:${R}:${A}:log-group:/app/${name}:*`),
      ),
    ],
  },
];
