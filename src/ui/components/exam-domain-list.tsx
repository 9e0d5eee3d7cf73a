import type { ExamDomainRef } from '@/labs/lab-definition';

export function ExamDomainList({ domains }: { readonly domains: readonly ExamDomainRef[] }) {
  if (domains.length === 0) return null;
  return (
    <ul aria-label="Exam domains" className="flex flex-col gap-1.5">
      {domains.map((domain) => (
        <li key={`${domain.exam}:${domain.domain}`} className="flex min-w-0 items-start gap-2 text-xs text-muted">
          <span className="shrink-0 rounded-md bg-accent-soft px-1.5 py-0.5 font-mono text-[0.6875rem] font-semibold text-accent-soft-fg">
            {domain.exam}
          </span>
          <span className="min-w-0 pt-0.5 leading-snug">{domain.domain}</span>
        </li>
      ))}
    </ul>
  );
}
