import type { CheckResultView } from '../api/sandbox-api-types';
import { Icon } from '../components/icon';
import { TextWithCode } from '../components/text-with-code';
import { classNames } from '../format/class-names';
import { formatActual, formatExpected } from '../format/format-check-value';

export function CheckResultItem({ check }: { readonly check: CheckResultView }) {
  const showValues = !check.passed && (check.expected !== undefined || check.actual !== undefined);
  return (
    <li data-check-id={check.id} data-passed={check.passed} className="flex gap-2.5 py-2.5">
      <Icon
        name={check.passed ? 'checkCircle' : 'xCircle'}
        size={17}
        className={classNames('mt-0.5', check.passed ? 'text-success' : 'text-danger')}
      />
      <div className="min-w-0 flex-1 space-y-1.5">
        <div className="flex items-start justify-between gap-3">
          <p className="text-sm font-medium">
            <span className="sr-only">{check.passed ? 'Passed: ' : 'Failed: '}</span>
            {check.description}
          </p>
          <span className="shrink-0 text-xs font-medium text-subtle tabular-nums">
            {check.points}/{check.maxPoints} pts
          </span>
        </div>
        {check.message ? (
          <p className={classNames('text-sm', check.passed ? 'text-muted' : 'text-fg')}>
            <TextWithCode text={check.message} />
          </p>
        ) : null}
        {showValues ? (
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 rounded-md border border-line bg-sunken px-2.5 py-2 text-xs">
            <dt className="font-medium text-subtle">Expected</dt>
            <dd className="font-mono break-words whitespace-pre-wrap text-success">{formatExpected(check.expected)}</dd>
            <dt className="font-medium text-subtle">Actual</dt>
            <dd className="font-mono break-words whitespace-pre-wrap text-danger">{formatActual(check.actual)}</dd>
          </dl>
        ) : null}
      </div>
    </li>
  );
}
