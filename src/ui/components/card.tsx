import type { HTMLAttributes, ReactNode } from 'react';
import { classNames } from '../format/class-names';

interface CardProps extends HTMLAttributes<HTMLElement> {
  readonly as?: 'section' | 'div' | 'article' | 'aside';
  readonly padded?: boolean;
  readonly children: ReactNode;
}

export function Card({ as: Element = 'section', padded = true, className, children, ...rest }: CardProps) {
  return (
    <Element
      className={classNames('rounded-xl border border-line bg-surface shadow-card', padded && 'p-4 sm:p-5', className)}
      {...rest}
    >
      {children}
    </Element>
  );
}
