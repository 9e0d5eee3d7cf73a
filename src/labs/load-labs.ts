import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LabDefinition, LabSummary } from './lab-definition';
import { labSummary } from './lab-summary';
import { parseLab } from './parse-lab';

/** Where authored labs live: `labs/<slug>/lab.yaml` (override with AURORA_LABS_DIR). */
export function labsDir(): string {
  return path.resolve(process.env.AURORA_LABS_DIR ?? path.join(process.cwd(), 'labs'));
}

function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Reads and parses one lab folder; throws `LabFormatError` listing every problem. */
export function readLab(dir: string, slug: string): LabDefinition {
  const root = path.join(dir, slug);
  return parseLab({
    slug,
    labYaml: readFileSync(path.join(root, 'lab.yaml'), 'utf8'),
    readStepFile: (relative) => {
      const file = path.resolve(root, relative);
      return file.startsWith(root + path.sep) ? readIfExists(file) : undefined;
    },
    solution: readIfExists(path.join(root, 'solution.sh')),
  });
}

export function labSlugs(dir = labsDir()): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'lab.yaml')))
    .map((e) => e.name)
    .sort();
}

export async function loadLab(slug: string): Promise<LabDefinition | undefined> {
  if (!labSlugs().includes(slug)) return undefined;
  return readLab(labsDir(), slug);
}

export async function listLabs(): Promise<LabSummary[]> {
  return labSlugs()
    .map((slug) => labSummary(readLab(labsDir(), slug)))
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}
