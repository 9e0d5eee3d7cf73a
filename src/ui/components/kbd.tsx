import type { ReactNode } from 'react';

export function Kbd({ children }: { readonly children: ReactNode }) {
  return (
    <kbd className="inline-flex min-w-5 items-center justify-center rounded-md border border-b-2 border-line-strong bg-surface px-1.5 font-mono text-[0.6875rem] leading-4.5 font-medium text-muted">
      {children}
    </kbd>
  );
}
