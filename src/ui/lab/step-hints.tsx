'use client';

import { useState, type ReactNode } from 'react';
import { Button } from '../components/button';
import { Icon } from '../components/icon';

/** Hints stay hidden until asked for, one at a time: struggling a little is part of learning. */
export function StepHints({ stepId, hints }: { readonly stepId: string; readonly hints: readonly ReactNode[] }) {
  const [revealed, setRevealed] = useState<{ stepId: string; count: number }>({ stepId, count: 0 });
  const count = revealed.stepId === stepId ? revealed.count : 0;
  if (hints.length === 0) return null;

  return (
    <section aria-label="Hints" className="space-y-2">
      {hints.slice(0, count).map((hint, index) => (
        <div key={index} className="flex gap-2.5 rounded-lg border border-warning-line bg-warning-soft px-3.5 py-2.5 text-sm">
          <Icon name="lightbulb" size={16} className="mt-0.5 text-warning" />
          <div className="min-w-0 flex-1">
            <p className="sr-only">Hint {index + 1}</p>
            {hint}
          </div>
        </div>
      ))}
      {count < hints.length ? (
        <Button size="sm" variant="ghost" icon="lightbulb" onClick={() => setRevealed({ stepId, count: count + 1 })}>
          {count === 0 ? 'Show a hint' : 'Show another hint'}
          <span className="text-subtle">
            ({count + 1} of {hints.length})
          </span>
        </Button>
      ) : null}
    </section>
  );
}
