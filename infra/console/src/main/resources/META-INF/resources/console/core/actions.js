// "What can I do with this record now" comes from the API (GET …/{id}/actions: the access table for this user and
// the record's state machine), so a button the console shows is one the service will accept. Each context gives the
// form for each action name; an action without a form here is not offered.
import { h } from './dom.js';
import { t } from './i18n.js';
import { get, request } from './api.js';
import { openActionDialog } from './forms.js';
import { toast } from './ui.js';

/** The actions the API offers on a record, or null when it cannot say (not allowed to ask, or unreachable). */
export async function loadActions(actionsPath) {
  try {
    return (await get(actionsPath)).actions || [];
  } catch {
    return null;
  }
}

/**
 * The record's action bar (loaded: the actions when the page has them already). forms: {name: {fields(), label?, intro?, body(values)?, danger?}}; record: {etag,
 * reload() → new etag}; onDone(outcome) gets the change's {id, status, version}.
 */
export async function actionBar(actionsPath, forms, record, onDone, loaded) {
  const offered = loaded !== undefined ? loaded : await loadActions(actionsPath);
  if (offered === null) return null;
  return actionButtons(offered, forms, record, onDone) || h('p', { class: 'empty' }, t('actions.none'));
}

/**
 * Buttons for the offered actions that have a form. options.nameOf maps an action to its form's name (e.g. a panel
 * seat's "panel/{expertId}/acceptance" → "panel/acceptance"); options.subject names what a row's buttons act on.
 */
export function actionButtons(offered, forms, record, onDone, options = {}) {
  const nameOf = options.nameOf || (action => action.name);
  const usable = offered.filter(action => forms[nameOf(action)]);
  if (!usable.length) return null;
  const group = options.subject ? t('actions.for', { subject: options.subject }) : t('actions.title');
  return h('div', { class: 'actions', role: 'group', 'aria-label': group }, usable.map(action => {
    const name = nameOf(action);
    const form = forms[name];
    const title = t(form.label || `action.${name}`);
    return h('button', { type: 'button', class: ['btn', form.danger ? 'btn-danger' : options.subject ? 'btn-secondary' : 'btn-primary'],
                         'data-action': name, on: { click: async () => {
      const done = await openActionDialog({
        title: options.subject ? `${title} — ${options.subject}` : title,
        intro: form.intro, fields: form.fields(), initial: form.initial?.(),
        etag: record.etag, reload: record.reload,
        submit: (values, etag) => request(action.href, { method: action.method, body: form.body ? form.body(values) : values, etag })
      });
      if (done) {
        toast(t('actions.done', { action: title }));
        onDone(done.data);
      }
    } } }, title);
  }));
}
