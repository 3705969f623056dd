/**
 * Reads the published text of a policy MDX body: the text a reader sees, in document order,
 * and every `<Clause>` with its own text, so that a citation's quote can be checked against the
 * clause it points to.
 *
 * Node-side and pure (string in, data out): it parses with satteri, the same Markdown/MDX parser
 * Astro's MDX integration uses, so what we check is what gets rendered.
 */
import { mdxToMdast } from 'satteri';
import { collapseWhitespace, normalizeForComparison } from './fidelity';

/** One `<Clause>` of a policy body. */
export interface ClauseNode {
  /** Anchor id, unique within the document (the `id` attribute). */
  id: string;
  /** Ready-made citation text (the `cite` attribute). */
  cite: string;
  /** Id of the enclosing clause; absent for a top-level clause. */
  parentId?: string;
  /** 1 for a top-level clause, 2 inside one, … */
  depth: number;
  /** Text of the clause's own heading (first heading directly inside it), if it has one. */
  heading?: string;
  /** All text of the clause including nested clauses, whitespace collapsed to single spaces. */
  text: string;
}

export interface ParsedPolicyBody {
  /**
   * All published text in document order, one block (paragraph, heading, table cell) per line,
   * each block whitespace-collapsed; Clause `cite` attributes are not part of it.
   */
  text: string;
  /** Clauses in document order (a parent before its children). */
  clauses: ClauseNode[];
  /**
   * The blocks of `text` (its lines), each with the innermost clause it stands in (absent for a
   * block outside every clause: the title, a notice's header), so a position in the text can be
   * cited to its article.
   */
  blocks: { text: string; clause?: string }[];
}

/**
 * The slice of the mdast shape this module reads. satteri materialises standard mdast plus the
 * MDX node types; a narrow structural type keeps the walker simple.
 */
interface MdNode {
  type: string;
  value?: string;
  alt?: string | null;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
}

/** Blocks whose content is phrasing (inline) text: each becomes one line of `text`. */
const LEAF_BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'code', 'html']);

/**
 * MDX constructs whose output cannot be compared with the source (JavaScript), so a policy body
 * must not contain them: the published text has to be literally in the file.
 */
const FORBIDDEN = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/** Text of phrasing content: text values, image alt text; a hard break reads as a space. */
function inlineText(node: MdNode): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'html':
    case 'code':
      return node.value ?? '';
    case 'break':
      return ' ';
    case 'image':
      return node.alt ?? '';
    default:
      if (FORBIDDEN.has(node.type)) throw new Error(`policy body: ${node.type} is not allowed`);
      if (node.type === 'mdxJsxTextElement') {
        throw new Error(
          `policy body: inline <${node.name ?? ''}> is not allowed (a <Clause> needs a blank line after its opening tag)`,
        );
      }
      return (node.children ?? []).map(inlineText).join('');
  }
}

/** A string-valued JSX attribute; throws when missing or not a plain string. */
function stringAttribute(node: MdNode, name: string): string {
  const attr = (node.attributes ?? []).find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (attr === undefined || typeof attr.value !== 'string' || attr.value === '') {
    throw new Error(`policy body: <Clause> needs a non-empty string attribute ${name}=""`);
  }
  return attr.value;
}

/**
 * Parse a policy MDX body (frontmatter, if present, is ignored) into its published text and its
 * clauses.
 *
 * @throws Error on MDX the checker cannot trust: imports/exports, `{expressions}`, JSX other than
 *   `<Clause>`, an inline `<Clause>`, or a `<Clause>` without literal `id` and `cite`.
 */
export function parsePolicyBody(mdx: string): ParsedPolicyBody {
  const tree = mdxToMdast(mdx, { position: false }) as unknown as MdNode;
  const blocks: string[] = [];
  const blockClauses: (string | undefined)[] = [];
  const clauses: ClauseNode[] = [];

  const walk = (node: MdNode, stack: readonly string[]): void => {
    if (node.type === 'yaml' || node.type === 'toml') return;
    if (FORBIDDEN.has(node.type)) throw new Error(`policy body: ${node.type} is not allowed`);
    if (LEAF_BLOCKS.has(node.type)) {
      const text = collapseWhitespace(inlineText(node));
      if (text !== '') {
        blocks.push(text);
        blockClauses.push(stack.at(-1));
      }
      return;
    }
    if (node.type === 'mdxJsxTextElement') inlineText(node); // throws with a clear message
    if (node.type === 'mdxJsxFlowElement') {
      if (node.name !== 'Clause') throw new Error(`policy body: unknown component <${node.name ?? ''}>`);
      const clause: ClauseNode = {
        id: stringAttribute(node, 'id'),
        cite: stringAttribute(node, 'cite'),
        depth: stack.length + 1,
        text: '',
      };
      const parentId = stack.at(-1);
      if (parentId !== undefined) clause.parentId = parentId;
      const firstHeading = (node.children ?? []).find((c) => c.type === 'heading');
      if (firstHeading !== undefined) clause.heading = collapseWhitespace(inlineText(firstHeading));
      clauses.push(clause);
      const start = blocks.length;
      for (const child of node.children ?? []) walk(child, [...stack, clause.id]);
      clause.text = collapseWhitespace(blocks.slice(start).join(' '));
      return;
    }
    for (const child of node.children ?? []) walk(child, stack);
  };

  walk(tree, []);
  return {
    text: blocks.join('\n'),
    clauses,
    blocks: blocks.map((text, i) => (blockClauses[i] === undefined ? { text } : { text, clause: blockClauses[i]! })),
  };
}

export type FindQuoteResult = { ok: true } | { ok: false; reason: 'no-anchor' | 'not-in-article' };

/**
 * Is `quote` in the clause with id `anchor`? Both sides are compared after
 * `normalizeForComparison`, so line breaks and spacing in a quote do not matter but every
 * printed character does. An empty quote proves nothing and is reported as `not-in-article`.
 */
export function findQuote(
  clauses: readonly ClauseNode[],
  anchor: string,
  quote: string,
): FindQuoteResult {
  const clause = clauses.find((c) => c.id === anchor);
  if (clause === undefined) return { ok: false, reason: 'no-anchor' };
  const needle = normalizeForComparison(quote);
  if (needle !== '' && normalizeForComparison(clause.text).includes(needle)) return { ok: true };
  return { ok: false, reason: 'not-in-article' };
}
