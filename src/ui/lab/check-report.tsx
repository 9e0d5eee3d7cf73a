'use client';

import { useEffect, useRef } from 'react';
import { Alert } from '../components/alert';
import { Badge } from '../components/badge';
import { Button } from '../components/button';
import { classNames } from '../format/class-names';
import { formatVirtualTime } from '../format/format-virtual-time';
import { useLabSession } from './lab-session-context';
import { StepGradeSection } from './step-grade-section';

export function CheckReport() {
  const grade = useLabSession((state) => state.grade);
  const gradeError = useLabSession((state) => state.gradeError);
  const gradedAt = useLabSession((state) => state.gradedAt);
  const gradeRevision = useLabSession((state) => state.gradeRevision);
  const currentStep = useLabSession((state) => state.currentStep);
  const reportHidden = useLabSession((state) => state.reportHidden);
  const hideReport = useLabSession((state) => state.hideReport);
  const regionRef = useRef<HTMLElement>(null);

  // A finished Check moves focus here, so the result is seen (and read out) wherever Check was pressed.
  useEffect(() => {
    if (gradeRevision === 0) return;
    regionRef.current?.focus({ preventScroll: true });
    regionRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [gradeRevision]);

  if (gradeError) {
    return (
      <section ref={regionRef} tabIndex={-1} aria-label="Check results" className="outline-none">
        <Alert role="alert" tone="danger" title="Check could not run">
          {gradeError}
        </Alert>
      </section>
    );
  }
  if (!grade || reportHidden) return null;

  const percent = grade.maxScore > 0 ? Math.round((grade.score / grade.maxScore) * 100) : 0;
  const checks = grade.steps.flatMap((step) => step.checks);
  const passedChecks = checks.filter((check) => check.passed).length;
  const checkedAt = gradedAt ? formatVirtualTime(gradedAt) : undefined;
  const firstFailing = grade.steps.findIndex((step) => !step.passed);

  return (
    <section
      ref={regionRef}
      tabIndex={-1}
      aria-labelledby="check-report-title"
      data-testid="check-report"
      data-passed={grade.passed}
      className={classNames(
        'scroll-mt-4 space-y-3 rounded-xl border p-4 outline-none focus-visible:outline-2 focus-visible:outline-focus',
        grade.passed ? 'border-success-line bg-success-soft' : 'border-line bg-sunken',
      )}
    >
      <div className="flex items-start justify-between gap-3">
        <div>
          <h2 id="check-report-title" className="text-base font-semibold">
            {grade.passed ? 'All checks pass — lab complete' : 'Check results'}
          </h2>
          <p className="mt-0.5 text-sm text-muted" aria-live="polite">
            {passedChecks} of {checks.length} checks passed · {grade.score} of {grade.maxScore} points
            {checkedAt ? <span className="text-subtle"> · at {checkedAt.time} sandbox time</span> : null}
          </p>
        </div>
        <div className="flex shrink-0 items-center gap-1">
          <Badge tone={grade.passed ? 'success' : 'warning'}>{percent}%</Badge>
          <Button size="sm" variant="ghost" icon="close" aria-label="Hide the check results" title="Hide" onClick={hideReport} />
        </div>
      </div>
      <div
        role="progressbar"
        aria-label="Score"
        aria-valuemin={0}
        aria-valuemax={grade.maxScore}
        aria-valuenow={grade.score}
        className="h-1.5 overflow-hidden rounded-full bg-line"
      >
        <div
          className={classNames('h-full rounded-full transition-[width] duration-500', grade.passed ? 'bg-success' : 'bg-accent-solid')}
          style={{ width: `${percent}%` }}
        />
      </div>
      <div className="space-y-2">
        {grade.steps.map((step, index) => (
          <StepGradeSection
            key={`${gradeRevision}-${step.id}`}
            step={step}
            index={index}
            defaultOpen={index === firstFailing || (index === currentStep && !step.passed)}
          />
        ))}
      </div>
    </section>
  );
}
