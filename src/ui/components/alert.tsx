import type { ReactNode } from 'react';
import { classNames } from '../format/class-names';
import { Icon, type IconName } from './icon';

export type AlertTone = 'info' | 'success' | 'warning' | 'danger';

const TONES: Record<AlertTone, { readonly box: string; readonly icon: IconName }> = {
  info: { box: 'bg-info-soft border-info-line text-fg [&_.alert-icon]:text-info', icon: 'info' },
  success: { box: 'bg-success-soft border-success-line text-fg [&_.alert-icon]:text-success', icon: 'checkCircle' },
  warning: { box: 'bg-warning-soft border-warning-line text-fg [&_.alert-icon]:text-warning', icon: 'alertTriangle' },
  danger: { box: 'bg-danger-soft border-danger-line text-fg [&_.alert-icon]:text-danger', icon: 'xCircle' },
};

interface AlertProps {
  readonly tone?: AlertTone;
  readonly title?: ReactNode;
  readonly children?: ReactNode;
  /** Extra content on the right (a retry button). */
  readonly action?: ReactNode;
  /** `alert` interrupts a screen reader; use it only for errors the learner must act on. */
  readonly role?: 'alert' | 'status';
  readonly className?: string;
}

export function Alert({ tone = 'info', title, children, action, role, className }: AlertProps) {
  const style = TONES[tone];
  return (
    <div role={role} className={classNames('flex items-start gap-3 rounded-lg border px-3.5 py-3 text-sm', style.box, className)}>
      <Icon name={style.icon} size={18} className="alert-icon mt-0.5" />
      <div className="min-w-0 flex-1 space-y-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className="text-muted">{children}</div> : null}
      </div>
      {action ? <div className="shrink-0">{action}</div> : null}
    </div>
  );
}
