/**
 * Writes a parsed policy text as the MDX body the site publishes: `<Clause id cite>` blocks (a
 * blank line after the opening and before the closing tag), headings, paragraphs and tables, with
 * every character that Markdown or MDX would read as syntax escaped, so the rendered text is the
 * printed text. Pure.
 */
import { isClause, type Block, type Node } from './structure';

/** Escapes Markdown/MDX syntax so `text` renders as itself. */
export function escapeText(text: string): string {
  let out = text.replace(/[\\`*_[\]<>{}|~#&]/g, (c) => `\\${c}`);
  // Block syntax that only matters at the start of a line: ordered/unordered lists, quotes, rules.
  out = out.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+=])/, '\\$1');
  return out;
}

/** A JSX attribute value: these are our own ids and the printed citation. */
function attr(value: string): string {
  if (/["{}]/.test(value)) throw new Error(`cannot write ${JSON.stringify(value)} as a JSX attribute`);
  return `"${value}"`;
}

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${b.strong ? `**${escapeText(b.strong)}** ` : ''}${escapeText(b.text)}`;
    case 'para':
      return b.strong ? `**${escapeText(b.strong)}** ${escapeText(b.text.trim())}` : escapeText(b.text);
    case 'table': {
      const [head, ...rest] = b.rows;
      const row = (r: readonly string[]) => `| ${r.map(escapeText).join(' | ')} |`;
      return [row(head!), `|${head!.map(() => ' --- |').join('')}`, ...rest.map(row)].join('\n');
    }
  }
}

/** The MDX body for `nodes` (no frontmatter). */
export function renderBody(nodes: readonly Node[]): string {
  const parts: string[] = [];
  const walk = (ns: readonly Node[]) => {
    for (const n of ns) {
      if (isClause(n)) {
        parts.push(`<Clause id=${attr(n.id)} cite=${attr(n.cite)}>`);
        walk(n.children);
        parts.push('</Clause>');
      } else parts.push(block(n));
    }
  };
  walk(nodes);
  return `${parts.join('\n\n')}\n`;
}
