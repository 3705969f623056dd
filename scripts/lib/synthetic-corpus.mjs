// A synthetic content root of N documents in N jurisdictions, derived from the five real ones, for
// the scale benchmark (scripts/bench-scale.mjs) and the scale browser test (test/scale/). SYNTHETIC:
// it is written to a temporary folder, built with XYHF_CONTENT_DIR pointing at it, and never
// published or mixed with content/.
//
// The national law documents and the documents a model contract is bound to are copied unchanged
// (the layer above every place; the contract builder's text). Synthetic document k
// takes real local document k mod 5 as its base and changes what differs between
// jurisdictions: the jurisdiction (GB/T 2260: the 31 provinces, then the prefecture-level cities of
// content/reference/regions.json, then made-up cities named 示例…市 with codes PP7x00–PP9x00 once the
// real ones run out), the title and short title, its dates (shifted by whole years, so statuses vary),
// its numbers (shares of 20% and more moved by −10…+10 points, amounts in 万元 doubled or not —
// consistently in the text, the provisions' quotes and their typed values), and the order of its
// articles (top-level numbered clauses shuffled). Ids, anchors and citations stay valid, so the
// build's citation check passes.
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { seededRandom } from '../../src/lib/random.ts';


const short = (name) => name.replace(/(壮族|回族|维吾尔)?自治区$|特别行政区$|(省|市)$/u, '') || name;

/** N jurisdictions: provinces first, then cities interleaved by province, then made-up cities. */
export function pickJurisdictions(regions, n) {
  const out = regions.provinces.map((p) => ({ name: p.name, code: p.code, level: 'province' }));
  const byProvince = new Map(regions.provinces.map((p) => [p.code, regions.cities.filter((c) => c.parent === p.code)]));
  for (let round = 0; out.length < n; round++) {
    let added = false;
    for (const p of regions.provinces) {
      const real = byProvince.get(p.code) ?? [];
      const c = real[round];
      if (c) out.push({ name: c.name, code: c.code, level: 'city', parent: p.code });
      else if (round - real.length < 30) {
        const k = round - real.length;
        out.push({ name: `${short(p.name)}示例${k + 1}市`, code: `${p.code.slice(0, 2)}${70 + k}00`, level: 'city', parent: p.code, synthetic: true });
      } else continue;
      added = true;
      if (out.length >= n) break;
    }
    if (!added) break;
  }
  return out.slice(0, n);
}

function splitFrontmatter(file) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(file);
  return { data: YAML.parse(m[1]), body: file.slice(m[0].length) };
}

/** Top-level `<Clause>` blocks of a body, as [start, end) line ranges with their ids. */
function topClauses(lines) {
  const out = [];
  let depth = 0;
  let start = -1;
  lines.forEach((l, i) => {
    if (l.startsWith('<Clause ')) {
      if (depth === 0) start = i;
      depth++;
    } else if (l.startsWith('</Clause>')) {
      depth--;
      if (depth === 0) out.push({ start, end: i + 1, id: /id="([^"]+)"/.exec(lines[start])[1] });
    }
  });
  return out;
}

/** Shuffles the numbered top-level clauses (art-, part-, sec-, ch-) among their own positions. */
function shuffleArticles(body, rand) {
  const lines = body.split('\n');
  const blocks = topClauses(lines).filter((b) => /^(art|part|sec|ch)-\d+$/.test(b.id));
  const order = blocks.map((b) => b);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const texts = order.map((b) => lines.slice(b.start, b.end).join('\n'));
  // Replace from the last block back, so earlier line numbers stay valid.
  const out = [...lines];
  for (let k = blocks.length - 1; k >= 0; k--) {
    const b = blocks[k];
    out.splice(b.start, b.end - b.start, texts[k]);
  }
  return out.join('\n');
}

function numberMap(delta, factor) {
  const pct = (s) => s.replace(/(\d+)(\s*)(%|％)/g, (m, n, sp, unit) => {
    const v = Number(n);
    return v >= 20 && v + delta > 0 && v + delta < 100 ? `${v + delta}${sp}${unit}` : m;
  });
  const wan = (s) => (factor === 1 ? s : s.replace(/(\d+)(\s*)万元/g, (_, n, sp) => `${Number(n) * factor}${sp}万元`));
  return (s) => wan(pct(s));
}

function mapProvisionValues(yamlText, delta, factor) {
  return yamlText
    .replace(/rate: "(0\.\d+)"/g, (m, r) => {
      const p = Math.round(Number(r) * 100);
      return p >= 20 && p + delta > 0 && p + delta < 100 ? `rate: "${((p + delta) / 100).toFixed(2)}"` : m;
    })
    .replace(/yuan: "(\d+)"/g, (m, y) => (factor === 1 || Number(y) % 10000 !== 0 ? m : `yuan: "${Number(y) * factor}"`));
}

const shiftDate = (iso, years) => `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`.replace(/-02-29$/, '-02-28');

/**
 * Writes a synthetic content root.
 * @param {{ content: string, out: string, n: number, seed?: number }} opts content: the real content/ folder
 * @returns {{ ids: string[], jurisdictions: { name: string, code: string, level: string, parent?: string, synthetic?: boolean }[], national: string[], fixed: { id: string, code: string }[] }}
 *   ids[k] is the synthetic document of jurisdictions[k]; national: the law documents; fixed: every
 *   real document copied as it is (the national ones and those a model contract is bound to)
 */
export function generateCorpus({ content, out, n, seed = 1 }) {
  const rand = seededRandom(seed);
  mkdirSync(out, { recursive: true });
  for (const sub of ['reference', 'search']) cpSync(path.join(content, sub), path.join(out, sub), { recursive: true });
  // Every file at the content root (dimensions.yaml, number-review.yaml …) is dataset-wide: copied
  // as it is, so a file added there later does not break the synthetic build.
  for (const f of readdirSync(content, { withFileTypes: true })) if (f.isFile()) cpSync(path.join(content, f.name), path.join(out, f.name));
  for (const sub of ['policies', 'sources', 'fixes', 'provisions', 'guide']) mkdirSync(path.join(out, sub), { recursive: true });

  const regions = JSON.parse(readFileSync(path.join(content, 'reference', 'regions.json'), 'utf8'));
  const docs = readdirSync(path.join(content, 'policies')).filter((f) => f.endsWith('.mdx')).sort().map((f) => {
    const id = f.slice(0, -4);
    const { data, body } = splitFrontmatter(readFileSync(path.join(content, 'policies', f), 'utf8'));
    return {
      id, data, body,
      source: readFileSync(path.join(content, 'sources', data.sourceFile), 'utf8'),
      fixes: readFileSync(path.join(content, 'fixes', `${id}.yaml`), 'utf8'),
      provisions: readFileSync(path.join(content, 'provisions', `${id}.yaml`), 'utf8'),
    };
  });
  // The national layer (the law excerpts) is the same everywhere: copied as it is, so the local
  // documents' relations to its articles hold; so is each document a model contract is bound to
  // (content/contracts/<policy>.yaml: the contract builder reads that document's text). Only the
  // other, synthetic documents are varied.
  cpSync(path.join(content, 'contracts'), path.join(out, 'contracts'), { recursive: true });
  const contractDocs = new Set(readdirSync(path.join(content, 'contracts')).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)));
  const national = docs.filter((d) => d.data.jurisdiction.level === 'national');
  const fixed = docs.filter((d) => d.data.jurisdiction.level === 'national' || contractDocs.has(d.id));
  for (const d of fixed) {
    cpSync(path.join(content, 'policies', `${d.id}.mdx`), path.join(out, 'policies', `${d.id}.mdx`));
    cpSync(path.join(content, 'sources', d.data.sourceFile), path.join(out, 'sources', d.data.sourceFile));
    writeFileSync(path.join(out, 'fixes', `${d.id}.yaml`), d.fixes);
    writeFileSync(path.join(out, 'provisions', `${d.id}.yaml`), d.provisions);
  }
  const bases = docs.filter((d) => d.data.jurisdiction.level !== 'national');
  const places = pickJurisdictions(regions, n);
  const ids = [];
  places.forEach((j, k) => {
    const base = bases[k % bases.length];
    const kind = base.id.replace(/^[a-z]+-\d{4}-/, '');
    const id = `syn-${j.code}-${kind}`;
    ids.push(id);
    const delta = [-10, -5, 0, 5, 10][Math.floor(rand() * 5)];
    const factor = rand() < 0.5 ? 1 : 2;
    const years = Math.floor(rand() * 8) - 6;
    const map = numberMap(delta, factor);
    const oldPlace = base.data.jurisdiction.name;
    const rename = (s) => (s.includes(oldPlace) ? s.split(oldPlace).join(j.name) : s.includes(short(oldPlace)) ? s.split(short(oldPlace)).join(short(j.name)) : `${j.name}${s}`);
    const title = rename(base.data.title);
    const data = {
      ...base.data,
      title,
      shortTitle: base.data.shortTitle.includes(short(oldPlace)) ? base.data.shortTitle.split(short(oldPlace)).join(short(j.name)) : `${short(j.name)}${base.data.shortTitle}`,
      jurisdiction: { name: j.name, code: j.code, level: j.level, ...(j.parent ? { parent: j.parent } : {}) },
      issuedYear: base.data.issuedYear + years,
      issuers: base.data.issuers.map((x) => x.split(oldPlace).join(j.name).split(short(oldPlace)).join(short(j.name))),
      sourceFile: `${id}.txt`,
      basedOn: (base.data.basedOn ?? []).map(({ policy, ...rest }) => rest),
    };
    for (const key of ['issued', 'effectiveFrom', 'effectiveTo']) if (data[key]) data[key] = shiftDate(data[key], years);
    if (data.finalVersion) delete data.finalVersion.policy;
    const body = map(shuffleArticles(base.body.split(`《${base.data.title}》`).join(`《${title}》`), rand));
    writeFileSync(path.join(out, 'policies', `${id}.mdx`), `---\n${YAML.stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n${body}`);
    writeFileSync(path.join(out, 'sources', `${id}.txt`), map(base.source));
    writeFileSync(path.join(out, 'fixes', `${id}.yaml`), base.fixes);
    writeFileSync(path.join(out, 'provisions', `${id}.yaml`), mapProvisionValues(map(base.provisions.split(base.id).join(id)), delta, factor));
  });
  return {
    ids,
    jurisdictions: places,
    national: national.map((d) => d.id),
    fixed: fixed.map((d) => ({ id: d.id, code: d.data.jurisdiction.code })),
  };
}
