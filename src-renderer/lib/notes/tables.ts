/**
 * Table rows: a command-mapping row (glance | openstack) gives a card each way, a term |
 * description row gives term → description. Works the same for GFM tables and for the
 * delimiter-less pipe tables markdown-it reads as paragraphs.
 */
import { isCommandLine } from './classify';
import {
  boldText,
  inlineInfo,
  markdownText,
  pipeCount,
  splitPipeRow,
  type BlockNode,
} from './markdown';
import { emitDefinition, emitMapping } from './rules';
import type { CardSink } from './sink';

export interface TableRow {
  /** Raw Markdown of each cell; rows may have fewer cells than the header. */
  cells: string[];
  /** 0-based source line. */
  line: number;
}

export function emitTable(sink: CardSink, header: string[], rows: TableRow[]): void {
  const labels = header.map((cell) => inlineInfo(cell).plain);
  let subHeading: string | undefined;
  for (const row of rows) {
    const infos = row.cells.map(inlineInfo);
    const filled = infos
      .map((info, column) => ({ info, column }))
      .filter((c) => c.info.plain !== '');
    const [first, ...rest] = filled;
    if (!first) {
      continue;
    }
    if (first.column === 0 && rest.length === 0 && first.info.linkOnly) {
      // A link alone in the first cell names the group of rows below it.
      subHeading = first.info.plain;
      continue;
    }
    const [a, b] = [infos[0]?.plain ?? '', infos[1]?.plain ?? ''];
    if (isCommandLine(a) && isCommandLine(b)) {
      const note = infos
        .slice(2)
        .map((info) => info.plain)
        .filter(Boolean)
        .join(' / ');
      emitMapping(sink, [labels[0] || 'A', labels[1] || 'B'], [a, b], note, row.line);
      continue;
    }
    if (first.column !== 0 || rest.length === 0) {
      sink.warn(
        row.line,
        'table-row-without-card',
        'This table row has no second cell to ask about.',
      );
      continue;
    }
    const description =
      rest.length === 1
        ? (row.cells[rest[0]?.column ?? 1] ?? '')
        : rest
            .map(
              ({ column }) => `${boldText(`${labels[column] ?? ''}:`)} ${row.cells[column] ?? ''}`,
            )
            .join('\n\n');
    const context = subHeading === undefined ? undefined : markdownText(subHeading);
    emitDefinition(sink, row.cells[0] ?? '', description, row.line, context);
  }
}

export function emitGfmTable(sink: CardSink, table: BlockNode): void {
  const rows: TableRow[] = [];
  for (const section of table.children) {
    for (const tr of section.children) {
      const cells = tr.children.map((cell) => cell.content);
      rows.push({ cells, line: tr.map?.[0] ?? section.map?.[0] ?? 0 });
    }
  }
  const [header, ...body] = rows;
  if (header) {
    emitTable(sink, header.cells, body);
  }
}

/**
 * A paragraph of two or more lines that all have cell separators is a table whose delimiter row
 * was left out (the seed notes' tables).
 */
export function isPipeParagraph(lines: string[]): boolean {
  return lines.length >= 2 && lines.every((line) => pipeCount(line) >= 1);
}

/**
 * The first row is the header when it has a table's outer pipes, or when it names the tools of
 * the commands below it (`glance | openstack`); otherwise it is data (`part_power | …`), so that
 * no definition is taken for column names.
 */
export function emitPipeParagraph(sink: CardSink, lines: string[], firstLine: number): void {
  const rows = lines.map((line, i) => ({ cells: splitPipeRow(line), line: firstLine + i }));
  const [first, second] = rows;
  const namesTools =
    first !== undefined &&
    second !== undefined &&
    first.cells.every((cell, i) => {
      const tool = inlineInfo(cell).plain;
      const command = inlineInfo(second.cells[i] ?? '').plain;
      return /^[a-z][\w-]*$/.test(tool) && command.startsWith(`${tool} `);
    });
  const isHeader = (lines[0] ?? '').trim().startsWith('|') || namesTools;
  emitTable(sink, isHeader ? (first?.cells ?? []) : [], isHeader ? rows.slice(1) : rows);
}
