// Every word the console shows comes from the message bundles (i18n/messages_vi.properties, messages_en.properties),
// Vietnamese first; English is one click away and remembered in the browser.

const bundles = {};
let language = 'vi';

export const LANGUAGES = ['vi', 'en'];

/**
 * Loads the console's own bundle (i18n/messages_*.properties) and each context's (<context>/messages_*.properties),
 * so a context brings its words with its pages.
 */
export async function loadMessages(contextBundles = []) {
  const stored = localStorage.getItem('lienhiep.lang');
  language = LANGUAGES.includes(stored) ? stored : 'vi';
  const bases = ['/console/i18n/messages', ...contextBundles];
  await Promise.all(LANGUAGES.map(async lang => {
    const texts = await Promise.all(bases.map(async base => {
      const response = await fetch(`${base}_${lang}.properties`);
      return response.ok ? response.text() : '';
    }));
    bundles[lang] = Object.assign({}, ...texts.map(parseProperties));
  }));
  document.documentElement.lang = language;
}

export function lang() {
  return language;
}

export function setLanguage(next) {
  language = next;
  localStorage.setItem('lienhiep.lang', next);
  document.documentElement.lang = next;
}

/** t('nav.home'), t('list.total', {count: 3}); a missing key falls back to Vietnamese, then to the key. */
export function t(key, params) {
  let text = bundles[language]?.[key] ?? bundles.vi?.[key];
  if (text === undefined) {
    console.warn('missing message', key);
    text = key;
  }
  if (params) {
    text = text.replace(/\{(\w+)\}/g, (all, name) => (params[name] ?? all));
  }
  return text;
}

const codes = {};

/**
 * The words for the codes an API answers with come from that API (GET /api/<context>/labels: every labelled enum,
 * Vietnamese and English), so the console keeps no copy of them.
 */
export async function loadLabels(paths) {
  await Promise.all(paths.map(async path => {
    try {
      const response = await fetch(path, { headers: { Accept: 'application/json' } });
      if (response.ok) Object.assign(codes, (await response.json()).labels);
    } catch {
      // A context that does not answer shows its codes as they are until it does.
    }
  }));
}

/** label('OrganizationStatus', 'ACTIVE') → "Đang hoạt động" (or "Active member"); the code when nothing is known. */
export function label(type, code) {
  if (code === null || code === undefined || code === '') return '';
  const known = codes[type]?.[code];
  if (known) return language === 'en' ? known.en : known.vi;
  return bundles[language]?.[`${type}.${code}`] ?? bundles.vi?.[`${type}.${code}`] ?? code;
}

/** The codes of a labelled type, in the order the API declares them. */
export function codesOf(type) {
  return Object.keys(codes[type] || {});
}

export function has(key) {
  return bundles.vi?.[key] !== undefined;
}

/** The problem's message in the user's language: the API speaks Vietnamese first, with an English twin. */
export function localized(vi, en) {
  return language === 'en' && en ? en : (vi || en || '');
}

function parseProperties(text) {
  const messages = {};
  let pending = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = pending + raw.replace(/^\s+/, '');
    if (line.endsWith('\\') && !line.endsWith('\\\\')) {
      pending = line.slice(0, -1);
      continue;
    }
    pending = '';
    if (!line || line.startsWith('#') || line.startsWith('!')) continue;
    const match = line.match(/^([^=:\s]+)\s*[=:]\s?(.*)$/);
    if (match) messages[match[1]] = match[2].replace(/\\n/g, '\n').replace(/\\(.)/g, '$1');
  }
  return messages;
}
