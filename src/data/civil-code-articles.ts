/**
 * The Civil Code articles on periods and bound words, as quoted in
 * `content/reference/legal-periods.md` (one source of truth for their wording). Build time only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT } from './paths';

const NUMBERS: Record<string, string> = {
  第二百条: '200',
  第二百零一条: '201',
  第二百零二条: '202',
  第二百零三条: '203',
  第二百零四条: '204',
  第一千二百五十九条: '1259',
};

/** Article number ("201") → its full text as quoted ("第二百零一条 按照年、月、日计算期间的，…"). */
export function civilCodeArticles(): Record<string, string> {
  const md = readFileSync(join(CONTENT, 'reference', 'legal-periods.md'), 'utf8');
  const out: Record<string, string> = {};
  for (const line of md.split('\n')) {
    const m = /^-\s*(第[一二三四五六七八九十百千零]+条)\s*(.+)$/.exec(line.trim());
    if (m && NUMBERS[m[1]!]) out[NUMBERS[m[1]!]!] = `${m[1]} ${m[2]}`;
  }
  // 第一千二百五十九条 is quoted as prose under its own heading.
  const art1259 = /民法所称的“以上”[^\n]+/.exec(md);
  if (art1259) out['1259'] = `第一千二百五十九条 ${art1259[0]}`;
  for (const n of ['201', '202', '203', '1259']) if (!out[n]) throw new Error(`legal-periods.md: 未找到民法典第${n}条`);
  return out;
}
