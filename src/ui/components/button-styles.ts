import { classNames } from '../format/class-names';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'sm' | 'md';

const BASE =
  'inline-flex items-center justify-center gap-1.5 rounded-lg font-medium whitespace-nowrap select-none ' +
  'transition-colors duration-150 disabled:cursor-not-allowed disabled:opacity-55 ' +
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus';

const VARIANTS: Record<ButtonVariant, string> = {
  primary: 'bg-accent-solid text-on-accent shadow-card hover:bg-accent-solid-hover disabled:hover:bg-accent-solid',
  secondary:
    'bg-surface text-fg border border-line-strong shadow-card hover:bg-sunken disabled:hover:bg-surface',
  ghost: 'text-muted hover:bg-sunken hover:text-fg',
  danger: 'bg-danger-solid text-white shadow-card hover:brightness-110',
};

const SIZES: Record<ButtonSize, string> = {
  sm: 'h-8 px-2.5 text-[0.8125rem]',
  md: 'h-9.5 px-3.5 text-sm',
};

/** Classes for anything that should look like a button (a `<button>` or a link). */
export function buttonClassName(variant: ButtonVariant = 'secondary', size: ButtonSize = 'md', extra?: string): string {
  return classNames(BASE, VARIANTS[variant], SIZES[size], extra);
}
