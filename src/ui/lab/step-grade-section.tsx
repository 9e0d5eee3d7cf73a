import type { StepGradeView } from '../api/sandbox-api-types';
import { Badge } from '../components/badge';
import { Icon } from '../components/icon';
import { CheckResultItem } from './check-result-item';

interface StepGradeSectionProps {
  readonly step: StepGradeView;
  readonly index: number;
  readonly defaultOpen: boolean;
}

export function StepGradeSection({ step, index, defaultOpen }: StepGradeSectionProps) {
  return (
    <details open={defaultOpen} data-step-id={step.id} className="group rounded-lg border border-line bg-surface">
      <summary className="flex items-center gap-2.5 rounded-lg px-3 py-2.5 hover:bg-sunken">
        <Icon name="chevronRight" size={14} className="text-subtle transition-transform group-open:rotate-90" />
        <span className="min-w-0 flex-1 truncate text-sm font-medium">
          <span className="text-subtle">{index + 1}.</span> {step.title}
        </span>
        <span className="text-xs text-subtle tabular-nums">
          {step.score}/{step.maxScore}
        </span>
        <Badge tone={step.passed ? 'success' : 'danger'}>{step.passed ? 'Passed' : 'Not yet'}</Badge>
      </summary>
      <ul className="divide-y divide-line border-t border-line px-3">
        {step.checks.map((check) => (
          <CheckResultItem key={check.id} check={check} />
        ))}
      </ul>
    </details>
  );
}
