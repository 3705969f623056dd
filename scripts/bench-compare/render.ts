/**
 * Server-side half of scripts/bench-compare.mjs, loaded through a Vite server with the project's
 * Astro config: builds a synthetic dataset of many jurisdictions from the real provisions, builds
 * its matrix with the real builder and renders the real CompareTable component (Astro container
 * API) plus the island's props.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer } from '@astrojs/preact/container-renderer';
import CompareTable from '../../src/components/compare/CompareTable.astro';
import { islandData, type IslandData } from '../../src/lib/compare/island-data';
import { buildMatrix, type CompareColumn, type Matrix, type MatrixProvision } from '../../src/lib/compare/matrix';
import { loadDimensions, loadProvisions } from '../../src/data/dataset';
import { canonicalDecimal } from '../../src/lib/compare/differences';

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same dataset. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Varies the figures of a real value a little, so rows differ and ranks spread. */
function vary(v: MatrixProvision['value'], r: () => number): MatrixProvision['value'] {
  const scale = (s: string) => canonicalDecimal(String(Math.round(Number(s) * (0.5 + r()) * 100) / 100));
  switch (v.type) {
    case 'share':
      return { ...v, rate: canonicalDecimal(Math.min(0.95, Math.round((0.5 + r() * 0.45) * 100) / 100).toFixed(2)) };
    case 'subsidy':
      return { ...v, caps: v.caps.map((c) => ({ ...c, yuan: scale(c.yuan) })), fixedYuan: v.fixedYuan ? scale(v.fixedYuan) : undefined };
    case 'period':
      return { ...v, period: { ...v.period, amount: Math.max(1, Math.round(v.period.amount * (0.5 + r()))) } };
    default:
      return v;
  }
}

export interface Synthetic {
  jurisdictions: number;
  columns: number;
  provisions: number;
  matrix: Matrix;
}

/**
 * `n` jurisdictions; every fourth has two documents (like Kunming). Each document addresses a
 * dimension with probability 0.75, reusing a real provision of that dimension with varied figures.
 */
export function synthetic(n: number): Synthetic {
  const r = rng(20260201);
  const { sections, dimensions } = loadDimensions();
  const real = loadProvisions();
  const byDim = new Map<string, MatrixProvision[]>();
  for (const p of real) byDim.set(p.dimension, [...(byDim.get(p.dimension) ?? []), p]);
  const columns: CompareColumn[] = [];
  for (let j = 0; j < n; j++) {
    const docs = j % 4 === 3 ? 2 : 1;
    for (let d = 0; d < docs; d++) {
      columns.push({
        id: `syn-${j}-${d}`,
        title: `合成地区${j}文件${d}`,
        shortTitle: `地区${j}文件${d}`,
        jurisdiction: { code: String(100000 + j * 100), name: `合成地区${j}`, level: j % 3 ? 'city' : 'province' },
        textStatus: d === 1 ? 'draft-for-comment' : 'official',
        statusLabel: '现行有效',
        status: 'in-force',
      });
    }
  }
  const provisions: MatrixProvision[] = [];
  for (const c of columns) {
    for (const dim of dimensions) {
      const pool = byDim.get(dim.key) ?? [];
      if (pool.length === 0 || r() > 0.75) continue;
      const count = 1 + (r() < 0.3 ? 1 : 0);
      for (let k = 0; k < count; k++) {
        const src = pool[Math.floor(r() * pool.length)]!;
        provisions.push({ ...src, id: `${c.id}-${src.id}-${k}`, policy: c.id, value: vary(src.value, r) });
      }
    }
  }
  const matrix = buildMatrix(
    { sections, dimensions, columns, provisions },
    {
      cite: (policy, anchor) => `《${policy}》第${anchor}条`,
      href: (policy, anchor) => `/policies/${policy}/#${anchor}`,
    },
  );
  return { jurisdictions: n, columns: columns.length, provisions: provisions.length, matrix };
}

/** The rendered table and the island data for a synthetic dataset of `n` jurisdictions. */
export async function renderSynthetic(n: number): Promise<{ html: string; island: IslandData; info: Omit<Synthetic, 'matrix'> }> {
  const s = synthetic(n);
  const renderers = await loadRenderers([getContainerRenderer()]);
  const container = await AstroContainer.create({ renderers });
  const html = await container.renderToString(CompareTable, { props: { matrix: s.matrix, id: 'compare-matrix' } });
  return { html, island: islandData(s.matrix), info: { jurisdictions: s.jurisdictions, columns: s.columns, provisions: s.provisions } };
}
