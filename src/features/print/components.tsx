// The print views' drawing of a form (see layout.ts): an A4 sheet per form, the seed's bordered tables
// with shaded label cells and merged cells. Styles: print.css. Server-safe (no client code): the forms
// that use it are also imported by the Word export.
import { isWritingSpace, type Block, type Cell, type FormSpec } from "./layout";

const ALIGN = { left: "text-left", center: "text-center", right: "text-right" } as const;
const SIZE = { normal: "print-size-normal", large: "print-size-large", title: "print-size-title", huge: "print-size-huge" } as const;

function CellBody({ cell }: { cell: Cell }) {
  if (cell.image) {
    return (
      <>
        {cell.hint && <span className="print-hint">{cell.hint}</span>}
        {cell.prefix && <p>{cell.prefix}</p>}
        {/* eslint-disable-next-line @next/next/no-img-element -- an attachment served behind its owner's scope, not a static asset */}
        {cell.image.src && <img src={cell.image.src} alt={cell.image.alt} style={{ display: "block", maxWidth: "110mm", maxHeight: "80mm", margin: "1mm 0" }} />}
        {cell.text && <p className="whitespace-pre-wrap">{cell.text}</p>}
      </>
    );
  }
  return (
    <>
      {cell.prefix && <span>{cell.prefix}</span>}
      {cell.hint && <span className="print-hint">{cell.hint}</span>}
      {cell.hint && cell.text ? <br /> : null}
      {cell.text && <span className="whitespace-pre-wrap">{cell.text}</span>}
    </>
  );
}

export function PrintTable({ block }: { block: Extract<Block, { kind: "table" }> }) {
  const total = block.widths.reduce((a, b) => a + b, 0);
  return (
    <table
      className={`print-table ${block.borderless ? "print-borderless" : ""} ${SIZE[block.size ?? "normal"]}`}
      style={block.space ? { marginTop: `${block.space}mm` } : undefined}
    >
      <colgroup>
        {block.widths.map((w, i) => <col key={i} style={{ width: `${((w / total) * 100).toFixed(2)}%` }} />)}
      </colgroup>
      <tbody>
        {block.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, c) => {
              const Tag = cell.label ? "th" : "td";
              return (
                <Tag
                  key={c}
                  scope={cell.label ? "row" : undefined}
                  colSpan={cell.colSpan}
                  rowSpan={cell.rowSpan}
                  className={`${cell.label ? "print-label" : "print-value"} ${isWritingSpace(cell) ? "print-space" : ""} ${ALIGN[cell.align ?? (cell.label ? "center" : "left")]}`}
                  style={cell.height ? { height: `${cell.height}mm` } : undefined}
                >
                  <CellBody cell={cell} />
                </Tag>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PrintText({ block }: { block: Extract<Block, { kind: "text" }> }) {
  return (
    <div className={`${ALIGN[block.align ?? "left"]} ${SIZE[block.size ?? "normal"]} ${block.bold ? "font-bold" : ""}`} style={block.space ? { marginTop: `${block.space}mm` } : undefined}>
      {block.lines.map((line, i) => (
        <p key={i} className={`whitespace-pre-wrap ${block.indent ? "print-indent" : ""}`}>{line || "\u00a0"}</p>
      ))}
    </div>
  );
}

/** One form on its own A4 sheet: the title, then the blocks. */
export function PrintForm({ spec }: { spec: FormSpec }) {
  return (
    <section className="print-sheet" data-form={spec.key} aria-label={spec.title}>
      {!spec.untitled && <h2 className="print-title">{spec.title}</h2>}
      <div className="print-blocks">
        {spec.blocks.map((block, i) => (block.kind === "table" ? <PrintTable key={i} block={block} /> : <PrintText key={i} block={block} />))}
      </div>
    </section>
  );
}

/** Several forms, one per page. */
export function PrintForms({ specs }: { specs: FormSpec[] }) {
  return (
    <div className="print-root">
      {specs.map((spec, i) => <PrintForm key={`${spec.key}-${i}`} spec={spec} />)}
    </div>
  );
}
