/**
 * Fails the build when any provision's quote is not found in the article it cites, or cites an
 * anchor that does not exist — a number on this site is only as good as its citation. Then prints
 * the number coverage per document: how many numbers each text holds, how many a provision
 * captures, how many the reviewed list sets aside, and how many are neither (the coverage test
 * fails on those).
 */
import type { AstroIntegration } from 'astro';
import { checkCitations } from '../data/citation-check';
import { coverageLine, numberCoverage } from '../data/number-coverage';

export default function citationCheck(): AstroIntegration {
  return {
    name: 'xyhf:citation-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const problems = checkCitations();
        if (problems.length > 0) {
          throw new Error(`引文核对失败（${problems.length} 处）：\n${problems.map((p) => `  - ${p.message}`).join('\n')}`);
        }
        logger.info('所有条款引文均在所引条文中找到。');
        for (const c of numberCoverage()) {
          const line = coverageLine(c);
          if (c.counts.unaccounted > 0) logger.warn(line);
          else logger.info(line);
        }
      },
    },
  };
}
