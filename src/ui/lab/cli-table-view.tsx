import type { CliTable, CliTableSection } from '../format/cli-table-text';

/**
 * `--output table` as HTML tables: one per section, its title as the caption, nested sections
 * indented under their parent. A section without column headers whose rows pair a name with a
 * value (the CLI's layout for a single object) gets the names as row headers.
 */
export function CliTableView({ tables }: { readonly tables: readonly CliTable[] }) {
  return (
    <div className="space-y-4 py-1" data-testid="output-table">
      {tables.map((table, tableIndex) => (
        <div key={tableIndex} className="space-y-2.5">
          {table.sections.map((section, sectionIndex) => (
            <SectionView key={sectionIndex} section={section} />
          ))}
        </div>
      ))}
    </div>
  );
}

const INDENT_REM = 0.875;

function SectionView({ section }: { readonly section: CliTableSection }) {
  const style = section.indent > 0 ? { marginLeft: `${section.indent * INDENT_REM}rem` } : undefined;
  const nested = section.indent > 0 ? 'border-l-2 border-line pl-2.5' : '';
  if (section.rows.length === 0) {
    return (
      <p style={style} className={`text-xs font-semibold text-muted ${nested}`}>
        {section.title}
      </p>
    );
  }
  const namesRows = section.headers === undefined && section.rows.every((row) => row.length === 2);
  return (
    <div style={style} className={`overflow-x-auto ${nested}`}>
      <table className="border-collapse text-left font-mono text-[0.8125rem] leading-snug">
        {section.title ? <caption className="pb-1 text-left font-sans text-xs font-semibold text-muted">{section.title}</caption> : null}
        {section.headers ? (
          <thead>
            <tr>
              {section.headers.map((header, index) => (
                <th key={index} scope="col" className="border border-line bg-sunken px-2.5 py-1 font-sans text-xs font-semibold text-fg">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
        ) : null}
        <tbody>
          {section.rows.map((row, rowIndex) => (
            <tr key={rowIndex} className="even:bg-sunken/50">
              {row.map((cell, cellIndex) =>
                namesRows && cellIndex === 0 ? (
                  <th key={cellIndex} scope="row" className="border border-line px-2.5 py-1 font-sans text-xs font-medium whitespace-nowrap text-muted">
                    {cell}
                  </th>
                ) : (
                  <td key={cellIndex} className="border border-line px-2.5 py-1 align-top break-all text-terminal-fg">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
