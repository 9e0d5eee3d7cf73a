import { Icon } from '../components/icon';
import { classNames } from '../format/class-names';
import type { OutputNotice } from './lab-session-store';

const TONE_CLASSES: Record<OutputNotice['tone'], string> = {
  info: 'text-info',
  success: 'text-success',
  warning: 'text-warning',
};

export function OutputNoticeView({ notice }: { readonly notice: OutputNotice }) {
  return (
    <li className={classNames('flex items-center gap-2 py-1.5 pl-3 text-xs font-medium', TONE_CLASSES[notice.tone])}>
      <Icon name={notice.tone === 'warning' ? 'reset' : 'fastForward'} size={13} />
      {notice.text}
      <span aria-hidden="true" className="h-px flex-1 bg-current opacity-20" />
    </li>
  );
}
