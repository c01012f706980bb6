// Forms: every field has a label; the server's field errors are shown beside their fields (the API names each
// field and speaks Vietnamese first); a broken business rule is shown in words with its rule; a 409 (someone changed
// the record meanwhile) offers to reload the record while keeping what the user typed.
import { h, uid } from './dom.js';
import { t, localized } from './i18n.js';
import { date, parseDate } from './format.js';
import { Problem } from './api.js';

/**
 * fields: [{name: 'decision.number', label, type: text|textarea|date|number|select|checkbox|checkboxes|file,
 *           required, options: [{value, label}], hint, value}]
 */
export function buildForm(fields, initial = {}) {
  const controls = new Map();
  const rows = fields.map(field => {
    const id = uid('f');
    const errorId = `${id}-error`;
    const value = field.value ?? read(initial, field.name);
    let control;
    const common = { id, name: field.name, required: field.required, 'aria-describedby': errorId };
    switch (field.type) {
      case 'textarea':
        control = h('textarea', { ...common, rows: 3 }, value ?? '');
        break;
      case 'select':
        control = h('select', common, field.required ? null : h('option', { value: '' }, '—'),
          field.options.map(o => h('option', { value: o.value, selected: value === o.value }, o.label)));
        break;
      case 'checkbox':
        control = h('input', { ...common, type: 'checkbox', checked: Boolean(value) });
        break;
      case 'checkboxes':
        control = h('fieldset', { id, class: 'choices', 'aria-describedby': errorId },
          h('legend', {}, field.label),
          field.options.map(o => {
            const optionId = uid('o');
            return h('label', { for: optionId }, h('input', { id: optionId, type: 'checkbox', name: field.name,
              value: o.value, checked: (value || []).includes(o.value) }), ' ', o.label);
          }));
        break;
      case 'date':
        control = h('input', { ...common, type: 'text', inputmode: 'numeric', placeholder: t('form.datePlaceholder'),
          value: value ? date(value) : '', autocomplete: 'off' });
        break;
      case 'file':
        control = h('input', { ...common, type: 'file', accept: field.accept });
        break;
      default:
        control = h('input', { ...common, type: field.type || 'text', value: value ?? '', step: field.step });
    }
    controls.set(field.name, { field, control, error: h('p', { class: 'field-error', id: errorId }) });
    const { error } = controls.get(field.name);
    if (field.type === 'checkboxes') return h('div', { class: 'field' }, control, error);
    return h('div', { class: ['field', field.type === 'checkbox' && 'field-inline'] },
      h('label', { for: id }, field.label, field.required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null),
      control, field.hint ? h('p', { class: 'hint' }, field.hint) : null, error);
  });
  const message = h('div', { class: 'form-message', role: 'alert' });
  return {
    rows, message, controls,
    /** The values as the API wants them (nested by dotted names); null when a field is locally invalid. */
    values() {
      clear();
      const body = {};
      let valid = true;
      for (const { field, control, error } of controls.values()) {
        let value;
        if (field.type === 'checkbox') value = control.checked;
        else if (field.type === 'checkboxes') value = [...control.querySelectorAll('input:checked')].map(i => i.value);
        else if (field.type === 'file') value = control.files[0];
        else if (field.type === 'date') {
          value = parseDate(control.value);
          if (value === null) {
            mark(control, error, t('form.invalidDate'));
            valid = false;
            continue;
          }
        } else if (field.type === 'number') value = control.value === '' ? undefined : Number(control.value);
        else value = control.value.trim() === '' ? undefined : control.value.trim();
        if (field.required && (value === undefined || value === '')) {
          mark(control, error, t('form.required'));
          valid = false;
          continue;
        }
        if (value !== undefined) write(body, field.name, value);
      }
      return valid ? body : null;
    },
    /** Shows a refusal: field errors beside their fields, anything else above the buttons. */
    showProblem(problem) {
      clear();
      if (!(problem instanceof Problem)) {
        message.textContent = t('error.unexpected');
        return;
      }
      let unplaced = [];
      for (const error of problem.fieldErrors) {
        const target = controls.get(error.field) || controls.get(error.field?.replace(/\[\d+]$/, ''));
        const text = localized(error.message, error.messageEn);
        if (target) mark(target.control, target.error, text);
        else unplaced.push(error.field ? `${error.field}: ${text}` : text);
      }
      const lines = [];
      if (problem.status === 422) {
        lines.push(h('strong', {}, t('form.ruleBroken')), ' ', localized(problem.body.detail, problem.body.detailEn));
        if (problem.rule) lines.push(h('span', { class: 'rule' }, ` (${problem.rule})`));
      } else if (problem.status === 400) {
        if (unplaced.length || !problem.fieldErrors.length) lines.push(t('form.checkFields'));
      } else if (problem.status === 403) {
        lines.push(t('error.forbidden'));
      } else if (problem.status !== 409) {
        lines.push(localized(problem.body.detail, problem.body.detailEn) || t('error.unexpected'));
      }
      unplaced = unplaced.map(text => h('div', {}, text));
      message.replaceChildren(...lines, ...unplaced);
      const first = [...controls.values()].find(c => c.control.getAttribute('aria-invalid') === 'true');
      first?.control.focus();
    }
  };

  function clear() {
    message.replaceChildren();
    for (const { control, error } of controls.values()) {
      control.removeAttribute('aria-invalid');
      error.textContent = '';
    }
  }
}

function mark(control, error, text) {
  control.setAttribute('aria-invalid', 'true');
  error.textContent = text;
}

function read(object, path) {
  return path.split('.').reduce((value, key) => (value == null ? undefined : value[key]), object);
}

function write(object, path, value) {
  const keys = path.split('.');
  let target = object;
  for (const key of keys.slice(0, -1)) target = target[key] ??= {};
  target[keys.at(-1)] = value;
}

/**
 * A modal form for one action on one record. submit(values, etag) sends it; reload() fetches the record again and
 * answers its new version (ETag). On 409 the user's input stays in the form, the record is reloaded on request, and
 * the next submit carries the new version.
 */
export function openActionDialog({ title, intro, fields, initial, etag, submit, reload, submitLabel }) {
  return new Promise(resolve => {
    let version = etag;
    const form = buildForm(fields, initial);
    const conflict = h('div', { class: 'conflict', hidden: true, role: 'alert' },
      h('p', {}, t('form.conflict')),
      h('button', { type: 'button', class: 'btn btn-secondary', on: { click: async () => {
        version = await reload();
        conflict.hidden = true;
        form.message.textContent = t('form.reloaded');
      } } }, t('form.reload')));
    const send = h('button', { type: 'submit', class: 'btn btn-primary' }, submitLabel || t('form.submit'));
    const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': 'dialog-title' },
      h('form', { method: 'dialog', novalidate: true, on: { submit: async event => {
        event.preventDefault();
        const values = form.values();
        if (!values) return;
        send.disabled = true;
        try {
          const result = await submit(values, version);
          dialog.close();
          dialog.remove();
          resolve(result);
        } catch (problem) {
          if (problem instanceof Problem && problem.status === 409) conflict.hidden = false;
          form.showProblem(problem);
        } finally {
          send.disabled = false;
        }
      } } },
        h('h2', { id: 'dialog-title' }, title),
        intro ? h('p', {}, intro) : null,
        form.rows, conflict, form.message,
        h('div', { class: 'buttons' }, send,
          h('button', { type: 'button', class: 'btn btn-secondary', on: { click: () => {
            dialog.close();
            dialog.remove();
            resolve(null);
          } } }, t('form.cancel')))));
    dialog.addEventListener('cancel', () => { dialog.remove(); resolve(null); });
    document.body.append(dialog);
    dialog.showModal();
    dialog.querySelector('input, select, textarea')?.focus();
  });
}
