/**
 * Schema of an extraction-fix file (`content/fixes/<id>.yaml`).
 *
 * The raw sources under `content/sources/` are copies of the official extractions and are never
 * edited. Every difference between a source and the text we publish is recorded here as an
 * exact find → replace, so a reviewer can see what we changed and why, and the fidelity test
 * can prove that nothing else changed.
 *
 * What is NOT recorded: layout whitespace (blank lines, indentation, spaces at line ends, the
 * spacing of a signature block) — `normalizeForComparison` ignores all whitespace, and a block
 * of published text never joins two source lines unless a `page-break` fix joined them.
 */
import { z } from 'astro/zod';

/** Why a fix was needed. Kept small on purpose: a new kind needs a reason to exist. */
export const fixKindSchema = z.enum([
  /** A sentence or title split by a page break or a hard line wrap of the extraction. */
  'page-break',
  /** A marker the extraction tool left in the text, e.g. `[bookmark: _GoBack]`. */
  'stray-marker',
  /** A space inside a title that the printed document does not have. */
  'space-in-title',
  /** A list number missing from the extraction, shown by a gap in the printed sequence. */
  'lost-number',
  /** Extraction formatting (`**`, `#`, `>>>`) that is not wording; structure is re-expressed in MDX. */
  'markup',
  /** Normalised half-width punctuation. Unused by policy: we keep printed characters. */
  'punctuation-width',
]);

export const fixSchema = z.strictObject({
  /** Exact text to find in the source (after the fixes listed before this one). */
  find: z.string().min(1),
  /** Replacement text; empty to delete. */
  replace: z.string(),
  /** Why, specifically (which line, which word); Chinese or English. */
  reason: z.string().trim().min(1),
  kind: fixKindSchema,
  /** How many times `find` must occur; every occurrence is replaced. Default 1. */
  count: z.number().int().positive().optional(),
});

/** A fixes file: fixes are applied in the order listed. */
export const fixesFileSchema = z.array(fixSchema);

export type Fix = z.infer<typeof fixSchema>;
export type FixKind = z.infer<typeof fixKindSchema>;
