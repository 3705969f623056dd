/**
 * Fails the build when a process guide step quotes words that are not in the article it cites,
 * or shows a provision that does not exist — the guide is held to the same standard as provisions.
 */
import type { AstroIntegration } from 'astro';
import { checkGuides } from '../data/guide-check';

export default function guideCheck(): AstroIntegration {
  return {
    name: 'xyhf:guide-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const problems = checkGuides();
        if (problems.length > 0) {
          throw new Error(`办理指南引文核对失败（${problems.length} 处）：\n${problems.map((p) => `  - ${p.message}`).join('\n')}`);
        }
        logger.info('办理指南的引文均在所引条文中找到。');
      },
    },
  };
}
