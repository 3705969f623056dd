/**
 * A frontmatter skeleton for an imported policy: every field `src/schemas/policy.ts` requires,
 * filled with what the text itself says (title, 文号, dates, the entry-into-force and validity
 * words, the jurisdiction named in the title) and, where it says nothing, a placeholder that
 * validates but is marked 待核对 for the editor. The skeleton always starts with the
 * `IMPORT_DRAFT_MARK` line, which `test/content/import-draft.test.ts` refuses in published content:
 * a draft is reviewed before it is published. Pure.
 */
import type { ParsedStructure } from './structure';

/** The line every imported draft starts with; the content tests fail while it is there. */
export const IMPORT_DRAFT_MARK = '# IMPORT-DRAFT: 导入草稿。核对每个标注“待核对”的字段、条款编号和修复记录后删除本行。';

/** GB/T 2260 regions (`content/reference/regions.json`). */
export interface RegionTable {
  provinces: { code: string; name: string }[];
  cities: { code: string; name: string; parent: string }[];
}

export interface JurisdictionGuess {
  name: string;
  code: string;
  level: 'province' | 'city';
  parent?: string;
}

/** Short form of a region name: 云南省 → 云南, 昆明市 → 昆明, 广西壮族自治区 → 广西. */
export function shortRegionName(name: string): string {
  return name.replace(/(壮族|回族|维吾尔)?自治区$|特别行政区$|(省|市)$/u, '').replace(/^内蒙古.*/u, '内蒙古') || name;
}

/** The jurisdiction a text belongs to: a region named in its title, else the one it names most. */
export function guessJurisdiction(title: string, text: string, regions: RegionTable): JurisdictionGuess | null {
  const all = [
    ...regions.cities.map((c) => ({ name: c.name, code: c.code, level: 'city' as const, parent: c.parent })),
    ...regions.provinces.map((p) => ({ name: p.name, code: p.code, level: 'province' as const })),
  ];
  const inTitle = all.filter((r) => title.includes(r.name) || title.startsWith(shortRegionName(r.name)));
  // A city in the title wins over its province (昆明市 … 云南省).
  const pick = inTitle.find((r) => r.level === 'city') ?? inTitle[0];
  if (pick) return pick;
  let best: (typeof all)[number] | null = null;
  let bestCount = 0;
  for (const r of all) {
    const n = text.split(r.name).length - 1;
    if (n > bestCount) { best = r; bestCount = n; }
  }
  return best;
}

/** ISO date of a printed Chinese date (2025年9月19日, 2025 年 11 月 14 日). */
export function isoOf(printed: string): string | null {
  const m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u.exec(printed);
  if (!m) return null;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

const KIND = /(若干政策措施|若干措施|实施方案|操作指引|实施细则|管理办法|实施意见|办法|措施|方案|指引|意见|规定|细则|条例|决定|通知)(?:（[^）]*）)*$/u;

export interface FrontmatterDraft {
  /** Field name → value (YAML-ready) and whether the editor must check it. */
  fields: { key: string; value: unknown; review?: string }[];
}

/**
 * The frontmatter skeleton for document `id` whose repaired text is `text` (see module comment).
 */
export function draftFrontmatter(id: string, parsed: ParsedStructure, text: string, regions: RegionTable): FrontmatterDraft {
  const fields: FrontmatterDraft['fields'] = [];
  const title = parsed.title || '待核对标题';
  fields.push({ key: 'title', value: title, review: parsed.title ? undefined : '正文中未找到标题' });
  const j = guessJurisdiction(parsed.title, text, regions);
  const kind = KIND.exec(title.replace(/（征求意见稿）$/u, ''))?.[1] ?? '待核对';
  const short = j ? shortRegionName(j.name) : '';
  fields.push({ key: 'shortTitle', value: `${short}${kind.replace(/^若干/u, '')}${parsed.textStatus === 'draft-for-comment' ? '（征求意见稿）' : ''}`, review: '简称由地区和文件类型拼成' });
  if (parsed.docNumber) fields.push({ key: 'docNumber', value: parsed.docNumber });
  // Issuers: a signature block (names spaced out before the date), or "X等N部门".
  const issuers = issuersOf(text);
  fields.push({ key: 'issuers', value: issuers.length ? issuers : ['待核对'], review: issuers.length ? '从落款或正文推断' : '正文未写明制发机关' });
  fields.push({
    key: 'jurisdiction',
    value: j ? { name: j.name, code: j.code, level: j.level, ...(j.parent ? { parent: j.parent } : {}) } : { name: '待核对', code: '000000', level: 'province' },
    review: j ? '按标题或正文中出现的地名推断' : '未能推断地区',
  });
  fields.push({ key: 'docKind', value: kind, review: kind === '待核对' ? '未能从标题推断' : undefined });
  // 效力级别 is required and never guessed silently: a 中华人民共和国…法 is a law, anything else the
  // importer drafts is read as a local normative document until the editor checks it.
  const isLaw = /^中华人民共和国.+法$/u.test(title);
  fields.push({ key: 'legalForce', value: isLaw ? 'law' : 'local-normative-document', review: '效力级别：按标题推断，须核对' });
  fields.push({ key: 'textStatus', value: parsed.textStatus, review: parsed.textStatus === 'official' ? undefined : '按“征求意见稿”或摘要格式推断' });
  // Dates: the issue date printed on its own line; the entry-into-force and validity sentences.
  const dateLine = text.split('\n').map((l) => l.trim()).find((l) => /^\d{4}年\d{1,2}月\d{1,2}日$/u.test(l));
  const issued = dateLine ? isoOf(dateLine) : null;
  if (issued) fields.push({ key: 'issued', value: issued });
  const from = /本[^。；]{0,12}?(自[^。；，]*?(?:施行|实施))/u.exec(text.replace(/\s+/g, (s) => (s.includes('\n') ? '' : s)));
  const fromRule = from ? from[0] : undefined;
  const fromIso = fromRule ? isoOf(fromRule) : null;
  const years = [issued, fromIso, parsed.docNumber ? `${/〔(\d{4})〕/u.exec(parsed.docNumber)?.[1]}-01-01` : null]
    .filter((x): x is string => !!x && /^\d{4}/.test(x)).map((x) => Number(x.slice(0, 4)));
  const yearsInText = [...text.matchAll(/(?:〔|^|[^\d])((?:19|20)\d{2})(?:〕|\s*年)/gu)].map((m) => Number(m[1]));
  const yearInText = yearsInText.length ? Math.max(...yearsInText) : 0;
  fields.push({ key: 'issuedYear', value: years[0] ?? (yearInText || 2000), review: years.length ? undefined : '正文未写明印发日期，按正文中第一个年份推断' });
  if (fromIso) fields.push({ key: 'effectiveFrom', value: fromIso });
  else if (issued && fromRule && /印发|发布/u.test(fromRule)) fields.push({ key: 'effectiveFrom', value: issued, review: '自印发（发布）之日起：取落款日期' });
  if (fromRule) fields.push({ key: 'effectiveFromRule', value: fromRule });
  const toDate = /有效期至\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/u.exec(text);
  const toYears = /有效期\s*([0-9一二三四五六七八九十]+)\s*年/u.exec(text);
  if (toDate) {
    fields.push({ key: 'effectiveTo', value: isoOf(toDate[1]!) });
    fields.push({ key: 'effectiveToRule', value: toDate[0] });
  } else if (toYears) {
    const n = /^\d+$/.test(toYears[1]!) ? Number(toYears[1]) : '一二三四五六七八九十'.indexOf(toYears[1]!) + 1;
    fields.push({ key: 'validityYears', value: n });
    fields.push({ key: 'effectiveToRule', value: toYears[0] });
  }
  const cited = [...new Set([...text.matchAll(/《([^》]{4,80})》/gu)].map((m) => m[1]!))].filter((t) => t !== parsed.title && !t.startsWith(title));
  fields.push({ key: 'basedOn', value: [], review: cited.length ? `正文引用的文件（择其为制定依据者）：${cited.map((c) => `《${c}》`).join('、')}` : undefined });
  fields.push({ key: 'sourceFile', value: `${id}.txt` });
  fields.push({ key: 'summary', value: '待编写：用一段平实的话说明这份文件是什么、适用于谁、规定了哪些要点。', review: '须改写' });
  return { fields };
}

function issuersOf(text: string): string[] {
  const lines = text.split('\n');
  const date = lines.findIndex((l) => /^\s*\d{4}年\d{1,2}月\d{1,2}日\s*$/u.test(l));
  const out: string[] = [];
  if (date > 0) {
    for (let i = date - 1; i >= 0 && i >= date - 8; i--) {
      const l = lines[i]!.trim();
      if (l === '') continue;
      const names = l.split(/\s{2,}/u).filter((x) => /^[\p{Script=Han}（）]{4,30}(厅|局|委员会|委|办公室|办公厅|政府|部|院|署|会)$/u.test(x));
      if (names.length === 0) break;
      out.unshift(...names);
    }
  }
  if (out.length) return out;
  const group = /([\p{Script=Han}]{4,20}(?:厅|局|委员会))等([一二三四五六七八九十\d]+)(?:个)?部门/u.exec(text);
  return group ? [`${group[1]}等${group[2]}部门`] : [];
}

/** A YAML scalar or flow value: JSON is valid YAML, and keeps Chinese readable. */
function yamlValue(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(yamlValue).join(', ')}]`;
  if (v !== null && typeof v === 'object') {
    return `{ ${Object.entries(v).map(([k, x]) => `${k}: ${yamlValue(x)}`).join(', ')} }`;
  }
  return JSON.stringify(v);
}

/** The frontmatter block (`---` … `---`), the draft mark first, review notes as comments. */
export function renderFrontmatter(draft: FrontmatterDraft): string {
  const lines = ['---', IMPORT_DRAFT_MARK];
  for (const f of draft.fields) {
    if (f.review) lines.push(`# 待核对（${f.key}）：${f.review}`);
    lines.push(`${f.key}: ${yamlValue(f.value)}`);
  }
  lines.push('---');
  return `${lines.join('\n')}\n`;
}
