import { describe, expect, it } from 'vitest';
import { provisionSchema } from '../../../../src/schemas/provision';
import { fixtureProvisions } from '../../../fixtures/reward-subsidy';

describe('calculator fixtures', () => {
  it.each(fixtureProvisions.map((p) => [p.id, p] as const))('%s conforms to the provision schema', (_, p) => {
    const { policy: _policy, ...rest } = p;
    const parsed = provisionSchema.safeParse(rest);
    expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
  });
});
