import type { ReactNode } from 'react';
import { tabId, tabPanelId } from '../components/tabs';
import { classNames } from '../format/class-names';

interface WorkspacePanelProps {
  readonly id: string;
  readonly idBase: string;
  /** Below the `lg` breakpoint the panels are tabs; from `lg` up they are all visible side by side. */
  readonly asTab: boolean;
  readonly selected: boolean;
  readonly label: string;
  readonly className?: string;
  readonly children: ReactNode;
}

export function WorkspacePanel({ id, idBase, asTab, selected, label, className, children }: WorkspacePanelProps) {
  return (
    <div
      id={tabPanelId(idBase, id)}
      {...(asTab ? { role: 'tabpanel', 'aria-labelledby': tabId(idBase, id) } : { role: 'region', 'aria-label': label })}
      className={classNames(className, !selected && 'max-lg:hidden')}
    >
      {children}
    </div>
  );
}
