/**
 * How far an imported draft agrees with the hand-made publication of the same source: the share
 * of hand-made anchor ids it reproduces, and which recorded extraction fixes its drafted fixes
 * cover. Used by the importer's proof test on the five real documents. Pure.
 */
import type { FixLike } from '../fidelity';

export interface IdAgreement {
  /** Hand-made ids the draft reproduces. */
  reproduced: number;
  total: number;
  /** reproduced / total (1 when there is nothing to reproduce). */
  ratio: number;
  /** Hand-made ids the draft lacks. */
  missing: string[];
  /** Ids only the draft has. */
  extra: string[];
}

/** Agreement of drafted anchor ids with the hand-made ones (as sets; order is not judged). */
export function idAgreement(hand: readonly string[], draft: readonly string[]): IdAgreement {
  const d = new Set(draft);
  const h = new Set(hand);
  const missing = hand.filter((x) => !d.has(x));
  return {
    reproduced: hand.length - missing.length,
    total: hand.length,
    ratio: hand.length ? (hand.length - missing.length) / hand.length : 1,
    missing,
    extra: draft.filter((x) => !h.has(x)),
  };
}

/** One change a fix makes, located in the original source: `[start, end)` becomes `inserted`. */
export interface SourceEdit {
  start: number;
  end: number;
  deleted: string;
  inserted: string;
}

/**
 * The edits each fix makes, in source coordinates. A fix is applied to the text as the fixes
 * before it left it; every character of that text remembers its source offset, so each
 * occurrence of a fix maps back to the source span it changed (its common prefix and suffix with
 * the replacement trimmed, so a fix with wide context reduces to the characters it really changes).
 */
export function sourceEdits(source: string, fixes: readonly FixLike[]): SourceEdit[][] {
  let text = source;
  // origin[i]: source offset (UTF-16 code unit) of the current text's code unit i.
  let origin: number[] = Array.from({ length: source.length }, (_, i) => i);
  const out: SourceEdit[][] = [];
  for (const fix of fixes) {
    const edits: SourceEdit[] = [];
    let pre = 0;
    while (pre < fix.find.length && pre < fix.replace.length && fix.find[pre] === fix.replace[pre]) pre++;
    let suf = 0;
    while (
      suf < fix.find.length - pre && suf < fix.replace.length - pre &&
      fix.find[fix.find.length - 1 - suf] === fix.replace[fix.replace.length - 1 - suf]
    ) suf++;
    const inserted = fix.replace.slice(pre, fix.replace.length - suf);
    let nextText = '';
    let nextOrigin: number[] = [];
    let pos = 0;
    for (let at = text.indexOf(fix.find); at >= 0; at = text.indexOf(fix.find, at + fix.find.length)) {
      nextText += text.slice(pos, at);
      nextOrigin = nextOrigin.concat(origin.slice(pos, at));
      const a = at + pre;
      const b = at + fix.find.length - suf;
      const start = a < b ? origin[a]! : (origin[a - 1] ?? -1) + 1;
      const end = a < b ? origin[b - 1]! + 1 : start;
      edits.push({ start, end, deleted: source.slice(start, end), inserted });
      nextText += fix.replace;
      nextOrigin = nextOrigin.concat(
        origin.slice(at, a),
        Array.from({ length: inserted.length }, () => start),
        origin.slice(b, at + fix.find.length),
      );
      pos = at + fix.find.length;
    }
    nextText += text.slice(pos);
    nextOrigin = nextOrigin.concat(origin.slice(pos));
    text = nextText;
    origin = nextOrigin;
    out.push(edits);
  }
  return out;
}

const squash = (s: string) => s.replace(/\s+/gu, '');

/** Do two edits change the same place in the same way (whitespace aside)? */
function sameChange(a: SourceEdit, b: SourceEdit, source: string): boolean {
  const touch = a.start <= b.end && b.start <= a.end;
  if (!touch) return false;
  // Compare what the span reads as after each edit, over the union of both spans.
  const from = Math.min(a.start, b.start);
  const to = Math.max(a.end, b.end);
  const after = (e: SourceEdit) => source.slice(from, e.start) + e.inserted + source.slice(e.end, to);
  return squash(after(a)) === squash(after(b));
}

export interface FixCoverage {
  /** Recorded fixes whose every change the draft also makes. */
  covered: number;
  total: number;
  /** Indexes (0-based) and finds of the recorded fixes not covered. */
  uncovered: { index: number; find: string }[];
}

/** Which recorded fixes the drafted fixes cover: every source change of a recorded fix is also a drafted change. */
export function fixCoverage(source: string, recorded: readonly FixLike[], drafted: readonly FixLike[]): FixCoverage {
  const mine = sourceEdits(source, drafted).flat();
  const theirs = sourceEdits(source, recorded);
  const uncovered: FixCoverage['uncovered'] = [];
  theirs.forEach((edits, index) => {
    const ok = edits.length > 0 && edits.every((e) => mine.some((m) => sameChange(e, m, source)));
    if (!ok) uncovered.push({ index, find: recorded[index]!.find });
  });
  return { covered: recorded.length - uncovered.length, total: recorded.length, uncovered };
}
