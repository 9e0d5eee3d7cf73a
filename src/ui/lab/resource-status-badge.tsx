import { Badge } from '../components/badge';
import { resourceStatusStyle } from '../format/resource-status-tone';

export function ResourceStatusBadge({ status }: { readonly status: string }) {
  const style = resourceStatusStyle(status);
  return (
    <Badge tone={style.tone} dot={style.changing ? 'pulse' : true}>
      <span className="sr-only">Status: </span>
      {status}
    </Badge>
  );
}
