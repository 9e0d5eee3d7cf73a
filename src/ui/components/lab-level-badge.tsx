import type { LabDefinition } from '@/labs/lab-definition';
import { Badge, type BadgeTone } from './badge';

const LEVEL_TONES: Record<LabDefinition['level'], BadgeTone> = {
  foundational: 'success',
  associate: 'info',
  professional: 'accent',
};

export function LabLevelBadge({ level }: { readonly level: LabDefinition['level'] }) {
  return (
    <Badge tone={LEVEL_TONES[level]}>
      <span className="sr-only">Level: </span>
      <span className="capitalize">{level}</span>
    </Badge>
  );
}
