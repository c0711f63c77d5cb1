/**
 * CloudWatch Logs Insights saved queries over the auditor's structured log records (see
 * `lambda/core/render/alerts/log-record.ts` for the field names).
 */
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/** Folder (prefix) of the saved queries in the CloudWatch console. */
export const QUERY_FOLDER = 'lambda-access-auditor';

/** One saved query: name under {@link QUERY_FOLDER} and its Insights clauses. */
interface SavedQuery {
  readonly id: string;
  readonly name: string;
  readonly query: logs.QueryStringProps;
}

/** The saved queries (exported so tests and docs list the same set). */
export const SAVED_QUERIES: readonly SavedQuery[] = [
  {
    id: 'FindingsQuery',
    name: 'findings',
    query: {
      fields: ['@timestamp', 'severity', 'checkId', 'functionName', 'action', 'resource', 'title', 'alerted'],
      filterStatements: ['message = "finding"'],
      sort: '@timestamp desc',
      limit: 200,
    },
  },
  {
    id: 'FindingsByFunctionQuery',
    name: 'findings-by-function',
    query: {
      filterStatements: ['message = "finding"'],
      statsStatements: ['count(*) as findings, max(occurrences) as maxOccurrences by functionName, checkId, severity'],
      sort: 'findings desc',
      limit: 200,
    },
  },
  {
    id: 'DenialsByClassQuery',
    name: 'denials-by-class',
    query: {
      filterStatements: ['message = "denial"'],
      statsStatements: ['count(*) as denials by denialClass, outcome'],
      sort: 'denials desc',
    },
  },
  {
    id: 'ParseErrorsQuery',
    name: 'parse-errors',
    query: {
      fields: ['@timestamp', 'code', 'reason', 'errorPath', 'messageId'],
      filterStatements: ['message = "denial-parse-error"'],
      sort: '@timestamp desc',
      limit: 100,
    },
  },
];

/** Adds every {@link SAVED_QUERIES} entry, scoped to the auditor's log groups. */
export function addFindingQueries(scope: Construct, logGroups: logs.ILogGroup[]): void {
  for (const saved of SAVED_QUERIES) {
    new logs.QueryDefinition(scope, saved.id, {
      queryDefinitionName: `${QUERY_FOLDER}/${saved.name}`,
      queryString: new logs.QueryString(saved.query),
      logGroups,
    });
  }
}
