/**
 * ARN condition operators: ArnEquals, ArnLike, ArnNotEquals, ArnNotLike. ArnEquals and ArnLike behave
 * identically (and so do the negated pair): each of the six colon-separated parts is matched separately,
 * case-sensitively, with `*` / `?` wildcards; policy variables are allowed. A pattern that is not `*` and
 * has fewer than six parts matches no ARN (warning).
 */
import type { CompiledArnPattern } from '../match';
import * as M from '../match';
import type { OperatorDef, ValueProblem } from './types';

// Module-local copies: an imported binding is read through a getter per use when modules are transpiled one
// by one (tsx, ts-jest), not a constant.
const { MATCH, compileArn, isArnPatternWellFormed } = M;

function def(name: string, negated: boolean): OperatorDef {
  return {
    name,
    family: 'Arn',
    negated,
    variables: true,
    compile: (values, o) => {
      const problems: ValueProblem[] = [];
      const patterns: CompiledArnPattern[] = values.map((v, i) => {
        if (!isArnPatternWellFormed(v, o.variables)) {
          problems.push({
            valueIndex: i,
            severity: 'warning',
            message: `${JSON.stringify(v)} is not an ARN (arn:partition:service:region:account:resource) and matches nothing`,
          });
        }
        return compileArn(v, { variables: o.variables });
      });
      const dynamic = patterns.filter((p) => p.dynamic);
      return {
        problems,
        matcher: {
          anyMatch: (v, ctx) => patterns.some((p) => p.outcome(v, ctx) === MATCH),
          ...(dynamic.length > 0 ? { unresolved: (ctx) => dynamic.some((p) => p.unresolved(ctx)) } : {}),
        },
      };
    },
  };
}

/** The four ARN operators. */
export const ARN_OPERATORS: readonly OperatorDef[] = [
  def('ArnEquals', false),
  def('ArnLike', false),
  def('ArnNotEquals', true),
  def('ArnNotLike', true),
];
