import Link from 'next/link';
import type { LabSummary } from '@/labs/lab-definition';
import { formatMinutes } from '../format/format-duration';
import { ExamDomainList } from './exam-domain-list';
import { Icon } from './icon';
import { LabLevelBadge } from './lab-level-badge';

export function LabCard({ lab }: { readonly lab: LabSummary }) {
  return (
    <article className="group relative flex h-full flex-col rounded-xl border border-line bg-surface p-5 shadow-card transition hover:-translate-y-0.5 hover:border-line-strong hover:shadow-pop has-[a:focus-visible]:outline-2 has-[a:focus-visible]:outline-offset-2 has-[a:focus-visible]:outline-focus">
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <LabLevelBadge level={lab.level} />
        <span className="inline-flex items-center gap-1 text-xs text-muted">
          <Icon name="clock" size={13} />
          <span>
            <span className="sr-only">Estimated time: </span>
            {formatMinutes(lab.estimatedMinutes)}
          </span>
        </span>
        <span className="inline-flex items-center gap-1 text-xs text-muted">
          <Icon name="layers" size={13} />
          {lab.stepCount} {lab.stepCount === 1 ? 'step' : 'steps'}
        </span>
      </div>
      <h3 className="text-lg leading-snug font-semibold tracking-tight">
        {/* The link's ::after covers the card, so the whole card is one click target with one tab stop. */}
        <Link
          href={`/labs/${lab.slug}`}
          className="rounded-sm after:absolute after:inset-0 after:rounded-xl after:content-[''] focus-visible:outline-none"
        >
          {lab.title}
        </Link>
      </h3>
      <p className="mt-2 text-sm leading-relaxed text-muted">{lab.summary}</p>
      <div className="mt-4 mb-5">
        <ExamDomainList domains={lab.examDomains} />
      </div>
      <span aria-hidden="true" className="mt-auto inline-flex items-center gap-1 text-sm font-medium text-accent">
        Start lab
        <Icon name="arrowRight" size={15} className="transition-transform group-hover:translate-x-0.5" />
      </span>
    </article>
  );
}
