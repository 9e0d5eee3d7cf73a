import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { labSummary } from '@/labs/lab-summary';
import { loadLab } from '@/labs/load-labs';
import { LabWorkspace } from '@/ui/lab/lab-workspace';
import type { LabStepView } from '@/ui/lab/lab-view-types';
import { LabMarkdown } from '@/ui/markdown/lab-markdown';

export const dynamic = 'force-dynamic';

interface LabPageProps {
  readonly params: Promise<{ readonly slug: string }>;
}

/** Step files often open with `# <step title>`; the page already shows the title above the text. */
function withoutTitleHeading(markdown: string, title: string): string {
  const match = /^\s*#\s+(.+?)\s*#*\s*(?:\n|$)/.exec(markdown);
  return match && match[1].trim().toLowerCase() === title.trim().toLowerCase() ? markdown.slice(match[0].length) : markdown;
}

export async function generateMetadata({ params }: LabPageProps): Promise<Metadata> {
  const lab = await loadLab((await params).slug);
  return lab ? { title: lab.title, description: lab.summary } : { title: 'Lab not found' };
}

export default async function LabPage({ params }: LabPageProps) {
  const lab = await loadLab((await params).slug);
  if (!lab) notFound();

  // Markdown is rendered here on the server; the client gets the elements, never the reference solution.
  const steps: LabStepView[] = lab.steps.map((step) => ({
    id: step.id,
    title: step.title,
    content: <LabMarkdown markdown={withoutTitleHeading(step.markdown, step.title)} />,
    hints: step.hints.map((hint, index) => <LabMarkdown key={index} markdown={hint} className="lab-prose text-sm" />),
    checkCount: step.checks.length,
  }));

  return (
    <LabWorkspace
      lab={labSummary(lab)}
      steps={steps}
    />
  );
}
