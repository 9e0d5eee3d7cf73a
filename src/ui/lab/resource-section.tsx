import type { ReactNode } from 'react';

interface ResourceSectionProps {
  readonly title: string;
  readonly count: number;
  readonly emptyText: string;
  readonly children: ReactNode;
}

export function ResourceSection({ title, count, emptyText, children }: ResourceSectionProps) {
  const headingId = `resources-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h3 id={headingId} className="flex items-center gap-2 text-xs font-semibold tracking-wider text-subtle uppercase">
        {title}
        <span className="rounded-full bg-sunken px-1.5 text-[0.6875rem] tabular-nums">{count}</span>
      </h3>
      {count === 0 ? <p className="rounded-lg border border-dashed border-line px-3 py-2.5 text-xs text-subtle">{emptyText}</p> : children}
    </section>
  );
}
