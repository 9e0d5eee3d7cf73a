'use client';

import { Icon } from '../components/icon';
import { classNames } from '../format/class-names';
import { useLabSession } from './lab-session-context';
import type { LabStepView } from './lab-view-types';

export function StepNavigator({ steps }: { readonly steps: readonly LabStepView[] }) {
  const currentStep = useLabSession((state) => state.currentStep);
  const goToStep = useLabSession((state) => state.goToStep);
  const grade = useLabSession((state) => state.grade);

  return (
    <nav aria-label="Lab steps">
      <ol className="space-y-0.5">
        {steps.map((step, index) => {
          const stepGrade = grade?.steps.find((graded) => graded.id === step.id);
          const current = index === currentStep;
          const status = stepGrade ? (stepGrade.passed ? 'passed' : 'failed') : undefined;
          return (
            <li key={step.id}>
              <button
                type="button"
                aria-current={current ? 'step' : undefined}
                onClick={() => goToStep(index)}
                className={classNames(
                  'group flex w-full items-center gap-2.5 rounded-lg px-2 py-1.5 text-left text-sm transition-colors',
                  current ? 'bg-accent-soft font-medium text-accent-soft-fg' : 'text-muted hover:bg-sunken hover:text-fg',
                )}
              >
                <span
                  aria-hidden="true"
                  className={classNames(
                    'flex size-6 shrink-0 items-center justify-center rounded-full border text-xs font-semibold tabular-nums',
                    status === 'passed' && 'border-success-line bg-success-soft text-success',
                    status === 'failed' && 'border-danger-line bg-danger-soft text-danger',
                    !status && (current ? 'border-accent bg-surface text-accent' : 'border-line-strong bg-surface text-subtle'),
                  )}
                >
                  {status === 'passed' ? <Icon name="check" size={13} /> : index + 1}
                </span>
                <span className="min-w-0 flex-1 truncate">{step.title}</span>
                {status ? (
                  <span className="sr-only">{status === 'passed' ? '(checks passed)' : '(checks failing)'}</span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
