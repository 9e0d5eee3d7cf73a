import { Spinner } from '../components/spinner';

export function EditorLoading() {
  return (
    <div className="flex h-full items-center justify-center gap-2 text-sm text-subtle" role="status">
      <Spinner size={14} />
      Loading the editor…
    </div>
  );
}
