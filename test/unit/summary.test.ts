/**
 * The per-plan summary that opens a therapy page (src/lib/coverage/summary.ts), on the real content: one
 * line per plan group, statuses counted from the entries, and the thing to ask for fitting the answer (an
 * ABN is for care Medicare may not pay, so a covered transplant gets a different step).
 */
import { describe, expect, it } from 'vitest';
import { siteCatalog } from '../../src/lib/content/load.ts';
import { askFor, planSummary, tally } from '../../src/lib/coverage/summary.ts';
import { firstSteps, payerNextSteps } from '../../src/lib/appeal/summary.ts';

const { catalog } = siteCatalog();
const therapy = (slug: string) => catalog.therapies.find((t) => t.slug === slug)!;
const line = (slug: string, group: string) =>
  planSummary(therapy(slug), catalog.coverage, catalog.payers, catalog.planGroups).find((l) => l.group.id === group)!;
const medicare = catalog.planGroups.find((g) => g.id === 'original-medicare')!;

describe('the per-plan summary', () => {
  it('has one line per plan group, in the groups’ order, counting only the common use', () => {
    const lines = planSummary(therapy('prp'), catalog.coverage, catalog.payers, catalog.planGroups);
    expect(lines.map((l) => l.group.id)).toEqual(catalog.planGroups.map((g) => g.id));
    // PRP under Original Medicare: the joint use, not the diabetic-wound exception.
    expect(line('prp', 'original-medicare').entries.map((e) => e.status)).not.toContain('covered');
  });

  it('counts statuses most favourable first', () => {
    expect(tally([{ status: 'excluded' }, { status: 'covered' }, { status: 'excluded' }])).toEqual([
      { status: 'covered', count: 1 },
      { status: 'excluded', count: 2 },
    ]);
  });

  it('asks for an ABN where Medicare may not pay, and for proof of the rule where it covers', () => {
    expect(
      askFor(
        medicare,
        line('prp', 'original-medicare').entries.map((e) => e.status),
      ).askFor,
    ).toMatch(/ABN/);
    const transplant = line('stem-cell-transplant', 'original-medicare').entries.map((e) => e.status);
    expect(transplant.length).toBeGreaterThan(0);
    expect(askFor(medicare, transplant).askFor).toBe('proof your case meets the rule');
    // No answers, or a mix: the usual ask.
    expect(askFor(medicare, []).askFor).toMatch(/ABN/);
    expect(askFor(medicare, ['covered', 'unknown']).askFor).toMatch(/ABN/);
    // A group without a covered ask keeps its own.
    const tricare = catalog.planGroups.find((g) => g.id === 'tricare')!;
    expect(askFor(tricare, ['covered'])).toBe(tricare);
  });
});

describe('the first appeal step in "What to do now"', () => {
  // The marketplace's plan-wide sources include HealthCare.gov's external review page, which is no source for an
  // internal appeal.
  it('cites only the sources of that step, never the plan-wide ones', () => {
    const steps = firstSteps(['marketplace', 'employer-insured', 'medicare'], catalog.appeals);
    for (const s of steps) {
      const plan = catalog.appeals.find((p) => p.planType === s.planType)!;
      expect(s.sources, s.planType).toEqual(plan.levels[0]!.sources);
    }
    expect(steps[0]!.sources).not.toContain('healthcare-gov-external-review');
  });
});

describe('the "Denied?" box of a payer', () => {
  const steps = (slug: string) => {
    const payer = catalog.payers.find((p) => p.slug === slug)!;
    return payerNextSteps(payer, undefined, catalog.planGroups, catalog.appeals).steps;
  };

  it('says a first step once when every kind of plan has the same one', () => {
    const cigna = steps('cigna');
    expect(cigna).toHaveLength(1);
    expect(cigna[0]!.step).toMatch(/Internal appeal/);
  });

  it('gives each kind of plan its own line, with its own label, when the steps differ', () => {
    const humana = steps('humana');
    expect(humana.map((s) => s.planType)).toEqual(['medicare-advantage', 'employer-insured', 'employer-self-funded']);
    for (const s of humana) expect(s.planLabel).toBe(catalog.appeals.find((p) => p.planType === s.planType)!.label);
  });
});
