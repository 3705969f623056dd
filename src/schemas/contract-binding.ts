/**
 * A model contract's binding to the builder's form: `content/contracts/<policy-id>.yaml`.
 * What each part means is documented on `ContractBinding` (src/lib/contract/binding.ts); this
 * schema only checks the shape — that the ids exist in the model text is checked against the
 * parsed model by `bindingProblems()` at build time.
 */
import { z } from 'astro/zod';
import { BLANK_FIELDS, type ContractBinding } from '../lib/contract/binding';
import { CHOICES, RESULT_TYPES } from '../lib/contract/form';
import { SCHEDULE_MODES, SETTLEMENT_PERIODS } from '../lib/calculators/payment-plan';

const id = z.string().min(1);
/** An object with exactly these keys, each an id. */
const keyed = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, id])) as Record<K, typeof id>);

export const contractBindingSchema = z.strictObject({
  policy: z.string(),
  anchor: z.string(),
  blanks: keyed(BLANK_FIELDS),
  handwritten: z.array(id),
  milestoneTable: z.strictObject({
    section: z.string(),
    columns: z.strictObject({ condition: z.string(), amount: z.string(), term: z.string() }),
    otherRow: z.string(),
  }),
  boxes: z.strictObject({
    resultTypes: keyed(RESULT_TYPES),
    conversion: keyed(CHOICES.conversion),
    licenceKind: keyed(CHOICES.licenceKind),
    deferredKind: keyed(['lump', 'instalments'] as const),
    improvementsOwner: keyed(CHOICES.improvementsOwner),
    jointKind: keyed(CHOICES.jointKind),
  }),
  choices: z.strictObject({
    royaltyPeriod: keyed(SETTLEMENT_PERIODS),
    infringementCost: keyed(CHOICES.infringementCost),
  }),
  disputeItems: keyed(CHOICES.dispute),
  provisions: z.strictObject({
    lateRate: z.string(),
    deferredDefault: z.string(),
    effective: z.string(),
    trl: z.string(),
    resultTypes: z.string(),
  }),
  rules: keyed(SCHEDULE_MODES),
  law: z.strictObject({
    openLicence: z.strictObject(
      Object.fromEntries(
        (['declaration', 'takeUp', 'noExclusive', 'disputes'] as const).map((k) => [k, z.strictObject({ policy: z.string(), anchor: z.string(), cite: z.string() })]),
      ) as Record<'declaration' | 'takeUp' | 'noExclusive' | 'disputes', z.ZodObject<{ policy: z.ZodString; anchor: z.ZodString; cite: z.ZodString }>>,
    ),
  }),
}) satisfies z.ZodType<ContractBinding>;
