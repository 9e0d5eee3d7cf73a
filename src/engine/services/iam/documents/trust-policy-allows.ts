import type { PolicyDocument, PolicyStatement } from './policy-document';

function actionMatches(pattern: string, action: string): boolean {
  const regex = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return regex.test(action);
}

function coversAction(statement: PolicyStatement, action: string): boolean {
  if (statement.actions) return statement.actions.some((pattern) => actionMatches(pattern, action));
  return !(statement.notActions ?? []).some((pattern) => actionMatches(pattern, action));
}

function namesService(statement: PolicyStatement, service: string): boolean {
  if (statement.principal === '*') return true;
  return (statement.principal?.Service ?? []).includes(service);
}

/**
 * Whether a trust policy lets a service principal (`monitoring.rds.amazonaws.com`) call
 * `sts:AssumeRole`: some statement allows it and none denies it. Conditions are not evaluated.
 */
export function trustPolicyAllowsService(document: PolicyDocument, service: string, action = 'sts:AssumeRole'): boolean {
  const applies = (statement: PolicyStatement) => namesService(statement, service) && coversAction(statement, action);
  const matching = document.statements.filter(applies);
  return matching.some((s) => s.effect === 'Allow') && !matching.some((s) => s.effect === 'Deny');
}
