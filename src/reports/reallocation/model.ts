/**
 * The lead-reallocation report model (spec/commands.md `reallocate`): from the roster, the
 * week's rule results, the unassigned market leads, the calls and the complaints, plans the
 * monthly swap (for a month), the penalty moves, next week's new-lead plan and the walk-in
 * rotation (for a week), all drawn from one seeded generator. Pure: no files, no clock.
 */
import { SWAP_DEFAULTS } from '../../config/defaults.js';
import type { CallList } from '../../model/call-store.js';
import type { Config } from '../../config/types.js';
import type {
  CallRecord,
  ComplaintRecord,
  CustomerRecord,
  LeadRecord,
  LocalDate,
  Origin,
  YearMonth,
} from '../../model/records.js';
import type { RuleResult, Status } from '../../model/results.js';
import { isRuleId, RULES, type RuleId } from '../../rules/index.js';
import { paramsOf } from '../../rules/params.js';
import { seededRandom } from '../../random/seeded.js';
import { rosterCards, type Card } from './cards.js';
import type { CardMove, MoveBasis, PlannedMoves } from './moves.js';
import { assignLeads, leadShares, type LeadShareBasis } from './new-leads.js';
import { planHandover } from './handover.js';
import { planPenaltyMoves } from './penalty.js';
import { walkInRotation, type RotationTurn } from './rotation.js';
import { planMonthlySwap } from './swap.js';

/** Everything the planning reads. */
export interface ReallocationInput {
  customers: readonly CustomerRecord[];
  calls: CallList | readonly CallRecord[];
  leads: readonly LeadRecord[];
  complaints: readonly ComplaintRecord[];
  /** The week's rule results (`checkWeek`); only `invites.second-zero` and `visits.total` matter here. */
  results: readonly RuleResult[];
  /** The active advisors, in the order the center lists them. */
  active: readonly string[];
  /** Every advisor known (config or sheets), for the summary. */
  advisors: readonly string[];
  /** The week planned (penalty moves, new leads, rotation), or null. */
  week: { start: LocalDate; end: LocalDate } | null;
  /** The month of the swap, or null. */
  month: YearMonth | null;
  /** Advisors whose new leads are withheld this week (§1.1.1(5)②a). */
  hold: readonly string[];
  /** Advisors whose `until` is before the period planned: their prospect cards are handed over. */
  departed?: readonly string[];
  seed: number;
  config: Config;
  /** A card's owner before its current one, when a prior reallocation tells it. */
  previousOwner?: (card: Card) => string | null;
}

/** One card transfer as shown and printed. */
export interface Transfer {
  key: number;
  customerId: string;
  customer: string;
  phone: string | null;
  from: string;
  to: string;
  rule: string;
  section: string;
  basis: MoveBasis;
  /** Effective last follow-up (roster or latest call). */
  lastFollowUp: LocalDate | null;
  origin: Origin;
}

/** One market lead placed. */
export interface NewLead {
  /** The lead as read. */
  lead: LeadRecord;
  date: LocalDate;
  source: string;
  customer: string | null;
  phone: string | null;
  to: string | null;
  origin: Origin;
}

/** One advisor's line of the summary. */
export interface AdvisorSummary {
  advisor: string;
  active: boolean;
  /** Cards held before the reallocation (every status). */
  cardsHeld: number;
  /** Prospect cards held before (not member, not lost). */
  prospects: number;
  cardsOut: number;
  cardsIn: number;
  cardsAfter: number;
  /** Next week's new leads (0 without a week). */
  newLeads: number;
  leadBasis: LeadShareBasis | null;
  secondZero: Status | null;
  visitsTotal: Status | null;
}

/** The report model. */
export interface ReallocationModel {
  seed: number;
  week: { start: LocalDate; end: LocalDate } | null;
  month: YearMonth | null;
  reading: 'release-third' | 'keep-30';
  advisors: AdvisorSummary[];
  transfers: Transfer[];
  newLeads: NewLead[];
  rotation: RotationTurn[];
  /** The roster with each card's new owner, in the order read. */
  roster: CustomerRecord[];
  /** Cards that should have moved but no eligible active advisor could take (they stay). */
  unplaced: number;
  /** Figures used, for the About sheet. */
  params: Record<string, number | string>;
}

/** Sections of the swap's two readings (manual, "Reallocation"). */
const SWAP_SECTION = { 'release-third': '1.1.1(9)①②', 'keep-30': '1.2.5(1)①b' } as const;

/** The status of `rule` for `advisor` among the results (the worst when there are several). */
function statusOf(results: readonly RuleResult[], rule: RuleId, advisor: string): Status | null {
  const mine = results.filter((r) => r.rule === rule && r.advisor === advisor);
  if (mine.length === 0) return null;
  for (const s of ['missed', 'pending', 'met', 'excused'] as const) if (mine.some((r) => r.status === s)) return s;
  return null;
}

/**
 * The leads with no advisor yet (whatever their date), except those whose phone another leads
 * row already gives to an advisor - e.g. this workbook's own lead sheet, imported back.
 */
export function unassignedLeads(leads: readonly LeadRecord[]): LeadRecord[] {
  const assigned = new Set(leads.filter((l) => l.advisor !== null && l.phone).map((l) => l.phone));
  return leads.filter((l) => l.advisor === null && !(l.phone && assigned.has(l.phone)));
}

/** Plans the reallocation. */
export function buildReallocation(input: ReallocationInput): ReallocationModel {
  const { config } = input;
  const random = seededRandom(input.seed);
  const reading = config.swap.reading;
  // Follow-ups count up to the swap's month start, or the week's end.
  const ref = input.month ? `${input.month}-01` : (input.week?.end ?? '9999-12-31');
  let cards = rosterCards(input.customers, input.calls, ref);
  const received = new Map<string, number>();
  const moves: CardMove[] = [];
  let unplaced = 0;
  const apply = ({ moves: planned, unplaced: left }: PlannedMoves) => {
    unplaced += left.length;
    // Grouped by receiving advisor (each finds their list in one block), then in roster order.
    planned.sort((a, b) => a.to.localeCompare(b.to, 'zh-CN') || a.card.key - b.card.key);
    moves.push(...planned);
    const to = new Map(planned.map((m) => [m.card.key, m.to]));
    cards = cards.map((c) => (to.has(c.key) ? { ...c, owner: to.get(c.key)! } : c));
  };

  if (input.departed && input.departed.length > 0) {
    apply(planHandover({ cards, departed: input.departed, active: input.active, random, received }));
  }

  if (input.month) {
    apply(
      planMonthlySwap({
        cards,
        month: input.month,
        active: input.active,
        reading,
        releaseShare: SWAP_DEFAULTS.releaseShare,
        keepShare: SWAP_DEFAULTS.keepShare,
        staleDays: paramsOf(config, 'cards.stale').days,
        random,
        previousOwner: input.previousOwner,
        received,
      }),
    );
  }

  const advisorsAll = [...new Set([...input.active, ...input.advisors, ...(input.departed ?? []), ...input.customers.map((c) => c.advisor)])];
  const penalized = input.week ? advisorsAll.filter((a) => statusOf(input.results, 'invites.second-zero', a) === 'missed') : [];
  const cut = new Set(input.week ? advisorsAll.filter((a) => statusOf(input.results, 'visits.total', a) === 'missed') : []);
  if (input.week) {
    apply(
      planPenaltyMoves({
        cards,
        penalized,
        active: input.active,
        cardShare: paramsOf(config, 'invites.second-zero').cardShare,
        random,
        received,
      }),
    );
  }

  const unassigned = input.week ? unassignedLeads(input.leads) : [];
  const shares = input.week
    ? leadShares(unassigned.length, input.active, cut, new Set(input.hold), paramsOf(config, 'visits.total').leadShareKept, random)
    : [];
  const assignments = input.week ? assignLeads(unassigned, shares, random) : [];
  const rotation = input.week ? walkInRotation(input.active, input.complaints, input.week.start, random) : [];

  const transfers: Transfer[] = moves.map((m) => ({
    key: m.card.key,
    customerId: m.card.record.id,
    customer: m.card.record.customer,
    phone: m.card.record.phone,
    from: m.from,
    to: m.to,
    rule: m.rule,
    section: m.rule === 'cards.stale' ? SWAP_SECTION[reading] : (isRuleId(m.rule) ? RULES.get(m.rule)!.meta.section : ''),
    basis: m.basis,
    lastFollowUp: m.card.followUp,
    origin: m.card.record.origin,
  }));

  const finalOwner = new Map(cards.map((c) => [c.key, c.owner]));
  const roster = input.customers.map((record, key) => ({ ...record, advisor: finalOwner.get(key)! }));
  const activeSet = new Set(input.active);
  const advisors: AdvisorSummary[] = advisorsAll.map((advisor) => {
    const held = input.customers.filter((c) => c.advisor === advisor);
    const share = shares.find((s) => s.advisor === advisor);
    return {
      advisor,
      active: activeSet.has(advisor),
      cardsHeld: held.length,
      prospects: held.filter((c) => c.status !== 'member' && c.status !== 'lost').length,
      cardsOut: transfers.filter((t) => t.from === advisor).length,
      cardsIn: transfers.filter((t) => t.to === advisor).length,
      cardsAfter: roster.filter((c) => c.advisor === advisor).length,
      newLeads: share?.count ?? 0,
      leadBasis: share?.basis ?? null,
      secondZero: input.week ? statusOf(input.results, 'invites.second-zero', advisor) : null,
      visitsTotal: input.week ? statusOf(input.results, 'visits.total', advisor) : null,
    };
  });

  return {
    seed: input.seed,
    week: input.week,
    month: input.month,
    reading,
    advisors,
    transfers,
    newLeads: assignments.map(({ lead, to }) => ({
      date: lead.date,
      source: lead.source,
      customer: lead.customer,
      phone: lead.phone,
      to,
      origin: lead.origin,
      lead,
    })),
    rotation,
    roster,
    unplaced,
    params: {
      'invites.second-zero.cardShare': paramsOf(config, 'invites.second-zero').cardShare,
      'visits.total.leadShareKept': paramsOf(config, 'visits.total').leadShareKept,
      'cards.stale.days': paramsOf(config, 'cards.stale').days,
      'swap.reading': reading,
      'swap.releaseShare': SWAP_DEFAULTS.releaseShare,
      'swap.keepShare': SWAP_DEFAULTS.keepShare,
    },
  };
}

/** `reallocate --json` (spec/commands.md): phones in full, as in the workbook. */
export function reallocationJson(model: ReallocationModel, file: string) {
  return {
    seed: model.seed,
    week: model.week,
    month: model.month,
    advisors: model.advisors.map((a) => ({
      advisor: a.advisor,
      cardsHeld: a.cardsHeld,
      cardsOut: a.cardsOut,
      cardsIn: a.cardsIn,
      newLeads: a.newLeads,
    })),
    transfers: model.transfers.map((t) => ({
      customerId: t.customerId,
      customer: t.customer,
      phone: t.phone,
      from: t.from,
      to: t.to,
      rule: t.rule,
    })),
    newLeads: model.newLeads.map((l) => ({ phone: l.phone, source: l.source, to: l.to })),
    rotation: model.rotation.map((r) => r.advisor),
    file,
  };
}
