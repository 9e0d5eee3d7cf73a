import { listLabs } from '@/labs/load-labs';
import { Alert } from '@/ui/components/alert';
import { HeroSessionPreview } from '@/ui/components/hero-session-preview';
import { Icon, type IconName } from '@/ui/components/icon';
import { LabCard } from '@/ui/components/lab-card';

// Labs are content on disk: read them per request so a new or edited lab shows without a rebuild.
export const dynamic = 'force-dynamic';

const HOW_IT_WORKS: readonly { readonly icon: IconName; readonly title: string; readonly text: string }[] = [
  { icon: 'book', title: 'Read the step', text: 'Short, exam-focused instructions with the commands to try.' },
  { icon: 'terminal', title: 'Run real commands', text: 'Real aws rds commands against your own private sandbox.' },
  { icon: 'checkCircle', title: 'Check your work', text: 'Every check says what passed, what failed and why.' },
];

export default async function HomePage() {
  const labs = await listLabs();

  return (
    <main className="mx-auto max-w-6xl px-4 pt-10 pb-20 sm:px-6 sm:pt-14">
      <section aria-labelledby="hero-title" className="grid items-center gap-10 lg:grid-cols-[1.15fr_1fr] lg:gap-14">
        <div>
          <p className="mb-3 inline-flex items-center gap-1.5 rounded-full border border-line bg-surface px-3 py-1 text-xs font-medium text-muted">
            <Icon name="sparkles" size={13} className="text-accent" />
            Hands-on prep for AWS certifications
          </p>
          <h1 id="hero-title" className="text-3xl leading-[1.1] font-bold tracking-tight text-balance sm:text-5xl">
            Learn Amazon Aurora by{' '}
            <span className="bg-linear-to-r from-teal-600 via-indigo-600 to-fuchsia-600 dark:from-teal-300 dark:via-indigo-300 dark:to-fuchsia-300 bg-clip-text text-transparent">
              running it
            </span>
            .
          </h1>
          <p className="mt-4 max-w-2xl text-base leading-relaxed text-muted sm:text-lg">
            Type <code className="rounded bg-sunken px-1.5 py-0.5 font-mono text-[0.9em] text-fg">aws rds</code> commands
            against a private sandbox, fast-forward through the minutes Aurora takes, and get every step graded.
          </p>
        </div>
        <HeroSessionPreview />
      </section>

      <ol aria-label="How a lab works" className="mt-10 grid gap-3 md:grid-cols-3">
        {HOW_IT_WORKS.map((item, index) => (
          <li key={item.title} className="flex items-start gap-3 rounded-xl border border-line bg-surface/60 p-4">
            <span className="flex size-9 shrink-0 items-center justify-center rounded-lg bg-accent-soft text-accent-soft-fg">
              <Icon name={item.icon} size={18} />
            </span>
            <div>
              <p className="text-sm font-semibold">
                <span className="mr-1 text-subtle">{index + 1}.</span>
                {item.title}
              </p>
              <p className="mt-0.5 text-sm text-muted">{item.text}</p>
            </div>
          </li>
        ))}
      </ol>

      <section id="labs" aria-labelledby="labs-title" className="mt-14 scroll-mt-20">
        <div className="mb-5 flex items-end justify-between gap-4">
          <div>
            <h2 id="labs-title" className="text-xl font-semibold tracking-tight sm:text-2xl">
              Labs
            </h2>
            <p className="mt-1 text-sm text-muted">Each lab gets its own sandbox. Your progress survives a reload.</p>
          </div>
          <p className="shrink-0 text-sm text-subtle">
            {labs.length} {labs.length === 1 ? 'lab' : 'labs'}
          </p>
        </div>
        {labs.length === 0 ? (
          <Alert tone="info" title="No labs yet">
            Lab folders under <code className="font-mono">labs/</code> appear here once they pass{' '}
            <code className="font-mono">npm run labs:check</code>.
          </Alert>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {labs.map((lab) => (
              <li key={lab.slug}>
                <LabCard lab={lab} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
