import type { AstroIntegration } from 'astro';

/** Placeholder until the dataset lands; replaced below in the same session. */
export default function citationCheck(): AstroIntegration {
  return { name: 'xyhf:citation-check', hooks: {} };
}
