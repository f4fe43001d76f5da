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
import { assignLeads, leadShares, type LeadAssignment, type LeadShare, type LeadShareBasis } from './new-leads.js';
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
  const advisorsAll = everyAdvisor(input);
  const { penalized, cut } = weekPenalties(input, advisorsAll);
  // One generator, drawn in this order: hand-over, swap, penalty moves, new leads, rotation.
  const ledger = planCardMoves(input, penalized, random);
  const { shares, assignments } = planNewLeads(input, cut, random);
  const rotation = input.week ? walkInRotation(input.active, input.complaints, input.week.start, random) : [];
  const transfers = ledger.moves.map((m) => transferOf(m, reading));
  const roster = rosterAfter(input.customers, ledger.cards);

  return {
    seed: input.seed,
    week: input.week,
    month: input.month,
    reading,
    advisors: advisorSummaries(input, advisorsAll, shares, transfers, roster),
    transfers,
    newLeads: assignments.map(newLeadOf),
    rotation,
    roster,
    unplaced: ledger.unplaced,
    params: paramsUsed(config),
  };
}

/** Every advisor the summary lists: the active ones in the center's order, then the others known, the departed, and any roster owner. */
function everyAdvisor(input: ReallocationInput): string[] {
  return [...new Set([...input.active, ...input.advisors, ...(input.departed ?? []), ...input.customers.map((c) => c.advisor)])];
}

/** With a week: who loses cards (`invites.second-zero` missed) and whose new leads are cut (`visits.total` missed). */
function weekPenalties(input: ReallocationInput, advisors: readonly string[]): { penalized: string[]; cut: Set<string> } {
  if (!input.week) return { penalized: [], cut: new Set() };
  return {
    penalized: advisors.filter((a) => statusOf(input.results, 'invites.second-zero', a) === 'missed'),
    cut: new Set(advisors.filter((a) => statusOf(input.results, 'visits.total', a) === 'missed')),
  };
}

/** The cards as the plans move them, and every move so far; each plan sees the owners the plans before it left. */
export interface CardLedger {
  cards: Card[];
  moves: CardMove[];
  /** Cards a plan meant to move but no advisor could take. */
  unplaced: number;
}

/**
 * A plan's moves applied to the ledger: grouped by receiving advisor (each finds their list in
 * one block), then in roster order, after the moves before them; the cards take their new owners.
 */
export function applyMoves(ledger: CardLedger, { moves: planned, unplaced: left }: PlannedMoves): CardLedger {
  const sorted = [...planned].sort((a, b) => a.to.localeCompare(b.to, 'zh-CN') || a.card.key - b.card.key);
  const to = new Map(sorted.map((m) => [m.card.key, m.to]));
  return {
    cards: ledger.cards.map((c) => (to.has(c.key) ? { ...c, owner: to.get(c.key)! } : c)),
    moves: [...ledger.moves, ...sorted],
    unplaced: ledger.unplaced + left.length,
  };
}

/** The card moves in turn: the departed advisors' hand-over, the month's swap, the week's penalty moves. */
function planCardMoves(input: ReallocationInput, penalized: readonly string[], random: () => number): CardLedger {
  const { config } = input;
  // Follow-ups count up to the swap's month start, or the week's end.
  const ref = input.month ? `${input.month}-01` : (input.week?.end ?? '9999-12-31');
  let ledger: CardLedger = { cards: rosterCards(input.customers, input.calls, ref), moves: [], unplaced: 0 };
  const received = new Map<string, number>();
  if (input.departed && input.departed.length > 0) {
    ledger = applyMoves(ledger, planHandover({ cards: ledger.cards, departed: input.departed, active: input.active, random, received }));
  }
  if (input.month) {
    ledger = applyMoves(
      ledger,
      planMonthlySwap({
        cards: ledger.cards,
        month: input.month,
        active: input.active,
        reading: config.swap.reading,
        releaseShare: SWAP_DEFAULTS.releaseShare,
        keepShare: SWAP_DEFAULTS.keepShare,
        staleDays: paramsOf(config, 'cards.stale').days,
        random,
        previousOwner: input.previousOwner,
        received,
      }),
    );
  }
  if (input.week) {
    ledger = applyMoves(
      ledger,
      planPenaltyMoves({
        cards: ledger.cards,
        penalized,
        active: input.active,
        cardShare: paramsOf(config, 'invites.second-zero').cardShare,
        random,
        received,
      }),
    );
  }
  return ledger;
}

/** With a week: each active advisor's share of the unassigned market leads, and the leads dealt by those shares. */
function planNewLeads(input: ReallocationInput, cut: ReadonlySet<string>, random: () => number): { shares: LeadShare[]; assignments: LeadAssignment[] } {
  if (!input.week) return { shares: [], assignments: [] };
  const unassigned = unassignedLeads(input.leads);
  const shares = leadShares(unassigned.length, input.active, cut, new Set(input.hold), paramsOf(input.config, 'visits.total').leadShareKept, random);
  return { shares, assignments: assignLeads(unassigned, shares, random) };
}

/** A move as shown and printed, with the manual's section: the swap's by its reading, a rule's by its defaults. */
export function transferOf(m: CardMove, reading: ReallocationModel['reading']): Transfer {
  return {
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
  };
}

/** The roster with each card's final owner, in the order read (a card's key is its index). */
function rosterAfter(customers: readonly CustomerRecord[], cards: readonly Card[]): CustomerRecord[] {
  const finalOwner = new Map(cards.map((c) => [c.key, c.owner]));
  return customers.map((record, key) => ({ ...record, advisor: finalOwner.get(key)! }));
}

/** Each advisor's line: cards before, out, in and after, next week's new leads and the week's two penalty statuses. */
function advisorSummaries(
  input: ReallocationInput,
  advisors: readonly string[],
  shares: readonly LeadShare[],
  transfers: readonly Transfer[],
  roster: readonly CustomerRecord[],
): AdvisorSummary[] {
  const activeSet = new Set(input.active);
  return advisors.map((advisor) => {
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
}

/** A lead dealt, as listed. */
function newLeadOf({ lead, to }: LeadAssignment): NewLead {
  return { date: lead.date, source: lead.source, customer: lead.customer, phone: lead.phone, to, origin: lead.origin, lead };
}

/** The figures the plans used, for the About sheet. */
function paramsUsed(config: Config): ReallocationModel['params'] {
  return {
    'invites.second-zero.cardShare': paramsOf(config, 'invites.second-zero').cardShare,
    'visits.total.leadShareKept': paramsOf(config, 'visits.total').leadShareKept,
    'cards.stale.days': paramsOf(config, 'cards.stale').days,
    'swap.reading': config.swap.reading,
    'swap.releaseShare': SWAP_DEFAULTS.releaseShare,
    'swap.keepShare': SWAP_DEFAULTS.keepShare,
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
