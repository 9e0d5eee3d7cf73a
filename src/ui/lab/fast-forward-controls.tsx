'use client';

import type { ClockAdvance } from '../api/sandbox-api-types';
import { Icon } from '../components/icon';
import { Spinner } from '../components/spinner';
import { classNames } from '../format/class-names';
import { useLabSession } from './lab-session-context';

const STEPS: readonly { readonly advance: ClockAdvance; readonly label: string; readonly spoken: string }[] = [
  { advance: '5m', label: '+5 min', spoken: '5 minutes' },
  { advance: '15m', label: '+15 min', spoken: '15 minutes' },
  { advance: '1h', label: '+1 h', spoken: '1 hour' },
];

export function FastForwardControls() {
  const ready = useLabSession((state) => state.phase === 'ready');
  const advancing = useLabSession((state) => state.advancing);
  const fastForward = useLabSession((state) => state.fastForward);

  return (
    <div role="group" aria-label="Fast-forward the sandbox clock" className="flex items-center">
      <div className="flex overflow-hidden rounded-lg border border-line-strong bg-surface shadow-card">
        {STEPS.map((step, index) => (
          <button
            key={step.advance}
            type="button"
            disabled={!ready || advancing !== undefined}
            aria-label={`Fast-forward ${step.spoken}`}
            title={`Fast-forward the sandbox clock by ${step.spoken}`}
            aria-busy={advancing === step.advance || undefined}
            onClick={() => void fastForward(step.advance)}
            className={classNames(
              'inline-flex h-8 items-center gap-1 px-2.5 text-[0.8125rem] font-medium tabular-nums transition-colors',
              'hover:bg-sunken focus-visible:z-10 focus-visible:outline-offset-[-2px] disabled:cursor-not-allowed disabled:opacity-55',
              index > 0 && 'border-l border-line',
            )}
          >
            {advancing === step.advance ? <Spinner size={12} /> : index === 0 ? <Icon name="fastForward" size={12} className="text-subtle" /> : null}
            {step.label}
          </button>
        ))}
      </div>
    </div>
  );
}
