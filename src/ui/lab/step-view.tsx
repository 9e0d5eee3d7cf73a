'use client';

import { useEffect, useRef } from 'react';
import { Button } from '../components/button';
import { Icon } from '../components/icon';
import { useLabSession } from './lab-session-context';
import type { LabStepView } from './lab-view-types';
import { StepHints } from './step-hints';

export function StepView({ steps }: { readonly steps: readonly LabStepView[] }) {
  const currentStep = useLabSession((state) => state.currentStep);
  const goToStep = useLabSession((state) => state.goToStep);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(currentStep);
  const step = steps[currentStep] ?? steps[0];

  // A new step starts at its top; Previous/Next also move focus to its title, where reading begins.
  useEffect(() => {
    if (shownStep.current === currentStep) return;
    shownStep.current = currentStep;
    headingRef.current?.scrollIntoView({ block: 'nearest' });
    headingRef.current?.closest('[role=region], [role=tabpanel]')?.scrollTo({ top: 0 });
  }, [currentStep]);

  function moveTo(index: number) {
    goToStep(index);
    requestAnimationFrame(() => headingRef.current?.focus({ preventScroll: true }));
  }

  if (!step) return null;
  const isFirst = currentStep === 0;
  const isLast = currentStep === steps.length - 1;

  return (
    <article aria-labelledby={`step-title-${step.id}`} className="space-y-5">
      <header>
        <p className="text-xs font-semibold tracking-wider text-accent uppercase">
          Step {currentStep + 1} of {steps.length}
          {step.checkCount > 0 ? (
            <span className="ml-2 font-medium tracking-normal text-subtle normal-case">
              · {step.checkCount} {step.checkCount === 1 ? 'check' : 'checks'}
            </span>
          ) : null}
        </p>
        <h2
          ref={headingRef}
          id={`step-title-${step.id}`}
          tabIndex={-1}
          className="mt-1 scroll-mt-4 text-xl leading-snug font-semibold tracking-tight outline-none"
        >
          {step.title}
        </h2>
      </header>
      {step.content}
      <StepHints stepId={step.id} hints={step.hints} />
      <footer className="flex items-center justify-between gap-2 border-t border-line pt-4">
        <Button size="sm" variant="ghost" icon="chevronLeft" disabled={isFirst} onClick={() => moveTo(currentStep - 1)}>
          Previous
        </Button>
        {isLast ? (
          <p className="text-sm text-subtle">Last step: press Check when you’re done.</p>
        ) : (
          <Button size="sm" variant="secondary" className="max-w-[75%]" onClick={() => moveTo(currentStep + 1)}>
            <span className="truncate">Next: {steps[currentStep + 1]?.title}</span>
            <Icon name="chevronRight" size={14} />
          </Button>
        )}
      </footer>
    </article>
  );
}
