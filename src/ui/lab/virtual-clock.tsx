'use client';

import { Icon } from '../components/icon';
import { formatVirtualTime } from '../format/format-virtual-time';
import { useLabSession } from './lab-session-context';

export function VirtualClock() {
  const now = useLabSession((state) => state.now);
  const formatted = now ? formatVirtualTime(now) : undefined;

  return (
    <div
      className="flex items-center gap-2 rounded-lg border border-line bg-sunken py-1 pr-3 pl-2"
      title="The sandbox's virtual clock. Aurora operations take minutes of virtual time; fast-forward to skip ahead."
    >
      <Icon name="clock" size={16} className="text-accent" />
      <div className="leading-tight">
        <p className="text-[0.625rem] font-medium tracking-wider text-subtle uppercase">Sandbox time</p>
        <p className="font-mono text-sm font-semibold tabular-nums" data-testid="virtual-clock">
          {formatted ? (
            <>
              <time dateTime={now}>{formatted.time}</time>
              <span className="ml-1.5 font-sans text-xs font-normal text-subtle">UTC · {formatted.date}</span>
            </>
          ) : (
            <span className="text-subtle">--:--:--</span>
          )}
        </p>
      </div>
    </div>
  );
}
