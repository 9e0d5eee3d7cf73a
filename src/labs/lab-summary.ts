import type { LabDefinition, LabSummary } from './lab-definition';

/** The catalog's view of a lab. */
export function labSummary(lab: LabDefinition): LabSummary {
  return {
    slug: lab.slug,
    title: lab.title,
    summary: lab.summary,
    level: lab.level,
    estimatedMinutes: lab.estimatedMinutes,
    order: lab.order,
    examDomains: lab.examDomains,
    stepCount: lab.steps.length,
  };
}
