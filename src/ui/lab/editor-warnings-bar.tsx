import type { EditorWarning } from '../editor/aws-cli-diagnostics-watcher';
import { Icon } from '../components/icon';

const SHOWN = 2;

interface EditorWarningsBarProps {
  readonly warnings: readonly EditorWarning[];
  readonly onSelect: (warning: EditorWarning) => void;
}

/** Under the editor: what the CLI would refuse, each a button that puts the cursor on it. */
export function EditorWarningsBar({ warnings: markers, onSelect }: EditorWarningsBarProps) {
  // "Unknown options: --foo, 1" marks both words; the list names it once.
  const warnings = markers.filter(
    (warning, index) => markers.findIndex((other) => other.lineNumber === warning.lineNumber && other.message === warning.message) === index,
  );
  if (warnings.length === 0) return null;
  const hidden = warnings.length - SHOWN;
  return (
    <div className="border-t border-warning-line bg-warning-soft px-3 py-1.5 text-xs text-warning" data-testid="editor-warnings">
      <h3 className="sr-only">Warnings in the editor</h3>
      <ul className="space-y-0.5">
        {warnings.slice(0, SHOWN).map((warning, index) => (
          <li key={`${warning.lineNumber}:${warning.column}:${index}`}>
            <button
              type="button"
              onClick={() => onSelect(warning)}
              className="flex w-full min-w-0 items-start gap-1.5 rounded text-left hover:underline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-focus"
            >
              <Icon name="alertTriangle" size={13} className="mt-px shrink-0" />
              <span className="shrink-0 font-medium">Line {warning.lineNumber}:</span>
              <span className="min-w-0 truncate font-mono" title={warning.message}>
                {warning.message}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {hidden > 0 ? <p className="mt-0.5 pl-5 text-warning/90">and {hidden} more (F8 in the editor goes from one to the next)</p> : null}
    </div>
  );
}
