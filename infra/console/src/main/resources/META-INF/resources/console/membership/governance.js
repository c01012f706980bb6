// The union's own governance (terms, congresses, office holders) and the province's workforce snapshots.
import { h } from '../core/dom.js';
import { t, label } from '../core/i18n.js';
import { get } from '../core/api.js';
import { date, number } from '../core/format.js';
import { page, section, table, failure, facts } from '../core/ui.js';

export function governanceRoutes(route) {
  route('/governance', governance, { signedIn: true });
}

async function governance(main) {
  let overview;
  let snapshots;
  try {
    [overview, snapshots] = await Promise.all([
      get('/api/membership/governance'),
      get('/api/membership/workforce-snapshots').catch(() => [])
    ]);
  } catch (problem) {
    failure(main, problem);
    return;
  }
  const bodies = Object.entries(overview.currentBodies || {});
  page(main, t('nav.governance'),
    facts([[t('gov.activeTerm'), overview.activeTermOrdinal ? t('gov.termOrdinal', { n: overview.activeTermOrdinal }) : '']]),
    section(t('gov.terms'), table([
      { label: t('gov.term'), value: term => t('gov.termOrdinal', { n: term.ordinal }) },
      { label: t('gov.status'), value: term => label('TermStatus', term.status) },
      { label: t('field.from'), value: term => date(term.startsOn || term.from) },
      { label: t('field.until'), value: term => date(term.endsOn || term.until) }
    ], overview.terms || [])),
    section(t('gov.congresses'), table([
      { label: t('gov.congress'), value: c => t('gov.congressOrdinal', { n: c.ordinal }) },
      { label: t('gov.kind'), value: c => label('CongressKind', c.kind) },
      { label: t('gov.status'), value: c => label('CongressStatus', c.status) },
      { label: t('gov.date'), value: c => date(c.heldOn || c.plannedOn || c.date) }
    ], overview.congresses || [])),
    bodies.map(([body, holders]) => section(label('GoverningBodyType', body), table([
      { label: t('person.fullName'), value: o => o.fullName },
      { label: t('gov.position'), value: o => label('Position', o.position) },
      { label: t('field.from'), value: o => date(o.from) },
      { label: t('gov.basis'), value: o => label('HoldingBasis', o.basis) }
    ], holders))),
    section(t('gov.workforce'), table([
      { label: t('gov.asOf'), value: s => date(s.asOfDate) },
      { label: t('gov.source'), value: s => s.source },
      { label: t('gov.civilServants'), numeric: true, value: s => number(s.totalCivilServants) },
      { label: t('gov.intellectuals'), numeric: true, value: s => number(s.intellectualsTotal) }
    ], snapshots)));
}
