/**
 * The policy importer: a raw extraction in, a draft publication out — the MDX (frontmatter
 * skeleton and `<Clause>` structure), the fixes file and a provisions worksheet — for an editor
 * to review (see README “Adding a policy”). The draft is checked before it is returned: its
 * published text must equal the source with the drafted fixes applied, block by block within one
 * source line, exactly as `test/content/fidelity.test.ts` checks a publication. Pure.
 */
import YAML from 'yaml';
import { applyFixes, collapseWhitespace, compareNormalized } from '../fidelity';
import { parsePolicyBody } from '../policy-text';
import { draftFixes, type DraftFix } from './repair';
import { flattenClauses, isClause, parseStructure, type ClauseDraft, type Node, type ParsedStructure } from './structure';
import { renderBody } from './render-mdx';
import { draftFrontmatter, renderFrontmatter, type RegionTable } from './frontmatter';
import { activeScanner, type NumberOccurrence, type NumberScanner } from './number-scan';

export interface ImportResult {
  /** The draft `content/policies/<id>.mdx`. */
  mdx: string;
  /** The draft `content/fixes/<id>.yaml`, and its records. */
  fixesYaml: string;
  fixes: DraftFix[];
  /** The provisions worksheet (YAML), and its entries. */
  worksheetYaml: string;
  worksheet: WorksheetEntry[];
  structure: ParsedStructure;
  clauses: ClauseDraft[];
}

/** One number with a unit, where it stands, for the editor to turn into a provision (or not). */
export interface WorksheetEntry {
  anchor: string;
  cite: string;
  number: string;
  kind: NumberOccurrence['kind'];
  /** The sentence it stands in, for a provision's `quote`. */
  sentence: string;
}

/** Text a clause holds itself (its nested clauses' text excluded), block by block. */
function ownText(c: ClauseDraft): string {
  return c.children
    .filter((n): n is Exclude<Node, ClauseDraft> => !isClause(n))
    .map((b) => (b.type === 'table' ? b.rows.map((r) => r.join(' ')).join('\n') : `${'strong' in b && b.strong ? b.strong : ''}${b.text}`))
    .join('\n');
}

/** Every number with a unit in the clauses' own text, in document order. */
export function worksheetEntries(clauses: readonly ClauseDraft[], scanner: NumberScanner = activeScanner): WorksheetEntry[] {
  const out: WorksheetEntry[] = [];
  for (const c of clauses) {
    const text = ownText(c);
    for (const o of scanner(text)) {
      const from = Math.max(text.lastIndexOf('。', o.index) + 1, text.lastIndexOf('\n', o.index) + 1, text.lastIndexOf('；', o.index) + 1);
      const ends = ['。', '；', '\n'].map((p) => text.indexOf(p, o.index + o.text.length)).filter((x) => x >= 0);
      const to = ends.length ? Math.min(...ends) + 1 : text.length;
      out.push({ anchor: c.id, cite: c.cite, number: o.text, kind: o.kind, sentence: collapseWhitespace(text.slice(from, to)) });
    }
  }
  return out;
}

function fixesYaml(id: string, fixes: readonly DraftFix[]): string {
  const header =
    `# Extraction fixes for content/sources/${id}.txt, applied in order (drafted by npm run import-policy;\n` +
    `# review each reason against the printed document). See src/schemas/fix.ts. Layout whitespace is not recorded.\n`;
  return header + YAML.stringify(fixes.map((f) => ({ find: f.find, replace: f.replace, ...(f.count ? { count: f.count } : {}), reason: f.reason, kind: f.kind })), { lineWidth: 0 });
}

function worksheetYaml(id: string, entries: readonly WorksheetEntry[]): string {
  const header =
    `# Provisions worksheet for ${id}: every number with a unit in the text, clause by clause.\n` +
    `# Turn each rate, cap, period or threshold into a provision in content/provisions/${id}.yaml (anchor and\n` +
    `# quote are ready below; see content/provisions/README.md); dates and goal figures usually stay out.\n`;
  const quantities = entries.filter((e) => e.kind === 'quantity');
  const dates = entries.filter((e) => e.kind === 'date');
  return header + YAML.stringify({ policy: id, quantities, dates }, { lineWidth: 0 });
}

/**
 * Imports one raw extraction as document `id`.
 * @throws Error when the draft would not reproduce the source text (a bug, never a draft to publish).
 */
export function importPolicy(source: string, id: string, regions: RegionTable, scanner: NumberScanner = activeScanner): ImportResult {
  const fixes = draftFixes(source);
  const fixed = applyFixes(source, fixes);
  const beforeMarkup = applyFixes(source, fixes.filter((f) => f.kind !== 'markup'));
  const structure = parseStructure(beforeMarkup);
  const body = renderBody(structure.nodes);
  const mdx = `${renderFrontmatter(draftFrontmatter(id, structure, fixed, regions))}\n${body}`;

  // The same checks as the fidelity test, on the draft itself.
  const published = parsePolicyBody(body);
  const cmp = compareNormalized(fixed, published.text);
  if (!cmp.ok) throw new Error(`import ${id}: draft text differs from the source at ${cmp.index}: “${cmp.expected}” vs “${cmp.actual}”`);
  const lines = fixed.split('\n').map(collapseWhitespace).join('\n');
  const strays = published.text.split('\n').filter((b) => !lines.includes(b));
  if (strays.length) throw new Error(`import ${id}: blocks not within one source line: ${strays.slice(0, 3).join(' | ')}`);

  const clauses = flattenClauses(structure.nodes);
  const worksheet = worksheetEntries(clauses, scanner);
  return { mdx, fixesYaml: fixesYaml(id, fixes), fixes, worksheetYaml: worksheetYaml(id, worksheet), worksheet, structure, clauses };
}
