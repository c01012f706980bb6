// Imports: start from the template, upload a CSV/XLSX, watch the job, read the per-row report, download the rows
// that need fixing, upload again (a re-import creates nothing twice).
import { h } from '../core/dom.js';
import { t, localized } from '../core/i18n.js';
import { get, request, download } from '../core/api.js';
import { date, number } from '../core/format.js';
import { navigate } from '../core/router.js';
import { page, section, table, failure, notice, badge } from '../core/ui.js';
import { buildForm } from '../core/forms.js';
import { downloadCsv } from '../core/export.js';

const IMPORTS = '/api/membership/imports';
const KINDS = ['organizations', 'persons'];

export function importRoutes(route) {
  route('/imports', imports, { signedIn: true });
  route('/imports/:id', job, { signedIn: true });
}

async function imports(main) {
  let recent;
  try {
    recent = await get(IMPORTS, { limit: 20 });
  } catch (problem) {
    failure(main, problem);
    return;
  }
  const form = buildForm([
    { name: 'kind', label: t('import.kind'), type: 'select', required: true,
      options: KINDS.map(kind => ({ value: kind, label: t(`import.kind.${kind}`) })) },
    { name: 'file', label: t('import.file'), type: 'file', required: true, accept: '.csv,.xlsx',
      hint: t('import.fileHint') }
  ]);
  const send = h('button', { type: 'submit', class: 'btn btn-primary' }, t('import.start'));
  page(main, t('nav.imports'),
    section(t('import.templates'), h('p', {}, t('import.templatesText')), h('div', { class: 'buttons' },
      KINDS.map(kind => h('button', { type: 'button', class: 'btn btn-secondary', 'data-template': kind,
        on: { click: () => download(`${IMPORTS}/templates/${kind}`, `${kind}.csv`) } }, t('import.template', { kind: t(`import.kind.${kind}`) }))))),
    section(t('import.upload'), h('form', { class: 'form', novalidate: true, on: { submit: async event => {
      event.preventDefault();
      const values = form.values();
      if (!values) return;
      const data = new FormData();
      data.set('file', values.file);
      send.disabled = true;
      try {
        const started = await request(`${IMPORTS}?kind=${encodeURIComponent(values.kind)}`, { method: 'POST', form: data });
        navigate(`/imports/${started.data.id}`);
      } catch (problem) {
        form.showProblem(problem);
      } finally {
        send.disabled = false;
      }
    } } }, form.rows, form.message, h('div', { class: 'buttons' }, send))),
    section(t('import.recent'), table([
      { label: t('import.fileName'), value: j => h('a', { href: `#/imports/${j.id}` }, j.fileName || j.id) },
      { label: t('import.kind'), value: j => t(`import.kind.${j.kind}`) },
      { label: t('import.status'), value: j => statusBadge(j.status) },
      { label: t('import.applied'), numeric: true, value: j => number(j.applied) },
      { label: t('import.failed'), numeric: true, value: j => number(j.failed) },
      { label: t('import.when'), value: j => date(j.createdAt) }
    ], recent)));
}

const TONES = { COMPLETED: 'ok', FAILED: 'bad', INTERRUPTED: 'warn', RUNNING: 'info', QUEUED: 'info' };
const statusBadge = status => badge(t(`import.status.${status}`), TONES[status]);

/** One job: a progress bar while it runs, then the report. */
async function job(main, { params }) {
  let current;
  try {
    current = await get(`${IMPORTS}/${encodeURIComponent(params.id)}`);
  } catch (problem) {
    failure(main, problem);
    return;
  }
  const bar = h('progress', { max: Math.max(current.totalRows, 1), value: current.processedRows, 'aria-label': t('import.progress') });
  const counts = h('p', { role: 'status', 'aria-live': 'polite' });
  const report = h('div');
  page(main, t('import.job', { file: current.fileName || current.id }),
    h('div', { class: 'card' }, bar, counts), report,
    h('p', {}, h('a', { href: '#/imports' }, t('import.another'))));
  const shown = location.hash;
  const refresh = job => {
    bar.max = Math.max(job.totalRows, 1);
    bar.value = job.processedRows;
    counts.replaceChildren(statusBadge(job.status), ' ', t('import.counts', {
      processed: number(job.processedRows), total: number(job.totalRows), applied: number(job.applied),
      skipped: number(job.skipped), failed: number(job.failed) }));
  };
  refresh(current);
  while (current.status === 'QUEUED' || current.status === 'RUNNING') {
    await new Promise(resolve => setTimeout(resolve, 500));
    if (location.hash !== shown) return;
    current = await get(`${IMPORTS}/${encodeURIComponent(params.id)}`);
    refresh(current);
  }
  report.replaceChildren(renderReport(current));
}

function renderReport(job) {
  const errors = job.errors || [];
  const rows = job.rows || [];
  const problemRows = () => [[t('import.row'), t('import.column'), t('import.rule'), t('import.message')],
    ...errors.map(e => [e.row, e.column || '', e.rule || '', localized(e.message, e.messageEn)])];
  return h('div', {},
    errors.length
      ? section(t('import.errors', { count: number(errors.length) }),
          notice(t('import.errorsHint'), 'warn'),
          table([
            { label: t('import.row'), numeric: true, value: e => e.row },
            { label: t('import.column'), value: e => e.column },
            { label: t('import.message'), value: e => localized(e.message, e.messageEn) },
            { label: t('import.rule'), value: e => e.rule }
          ], errors, { caption: t('import.errorsCaption') }),
          h('button', { type: 'button', class: 'btn btn-secondary', 'data-export': 'errors',
            on: { click: () => downloadCsv(`${job.fileName || 'import'}-loi`, problemRows()) } }, t('import.downloadErrors')))
      : notice(t('import.noErrors'), 'ok'),
    section(t('import.rows'), table([
      { label: t('import.row'), numeric: true, value: r => r.row },
      { label: t('import.outcome'), value: r => t(`import.outcome.${r.outcome}`) },
      { label: t('import.note'), value: r => r.note || '' }
    ], rows)));
}
