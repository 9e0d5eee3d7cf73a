import type { ReactNode } from 'react';
import { classNames } from '../format/class-names';

export type BadgeTone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger' | 'info';

const TONES: Record<BadgeTone, string> = {
  neutral: 'bg-sunken text-muted border-line',
  accent: 'bg-accent-soft text-accent-soft-fg border-transparent',
  success: 'bg-success-soft text-success border-success-line',
  warning: 'bg-warning-soft text-warning border-warning-line',
  danger: 'bg-danger-soft text-danger border-danger-line',
  info: 'bg-info-soft text-info border-info-line',
};

interface BadgeProps {
  readonly tone?: BadgeTone;
  /** A small leading dot; `pulse` animates it for states that are still changing. */
  readonly dot?: boolean | 'pulse';
  readonly className?: string;
  readonly title?: string;
  readonly children: ReactNode;
}

export function Badge({ tone = 'neutral', dot = false, className, title, children }: BadgeProps) {
  return (
    <span
      title={title}
      className={classNames(
        'inline-flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-xs leading-4 font-medium whitespace-nowrap',
        TONES[tone],
        className,
      )}
    >
      {dot ? (
        <span aria-hidden="true" className="relative inline-flex size-1.5">
          {dot === 'pulse' ? (
            <span className="absolute inline-flex size-full animate-ping rounded-full bg-current opacity-60" />
          ) : null}
          <span className="relative inline-flex size-1.5 rounded-full bg-current" />
        </span>
      ) : null}
      {children}
    </span>
  );
}
