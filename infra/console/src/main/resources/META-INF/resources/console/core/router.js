// Pages live at #/path?query: the whole state of a page (search, filters, page, sort, the "as of" date) is in the
// address, so a link can be shared and Back goes back.

const routes = [];
let renderer = () => {};

export function route(pattern, render, options = {}) {
  const names = [];
  const regex = new RegExp('^' + pattern.replace(/:(\w+)/g, (all, name) => {
    names.push(name);
    return '([^/]+)';
  }) + '$');
  routes.push({ pattern, regex, names, render, ...options });
}

export function current() {
  const hash = decodeURI(location.hash.replace(/^#/, '')) || '/';
  const [path, search = ''] = hash.split('?');
  const query = Object.fromEntries(new URLSearchParams(search));
  for (const candidate of routes) {
    const match = candidate.regex.exec(path);
    if (match) {
      const params = Object.fromEntries(candidate.names.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
      return { route: candidate, path, params, query };
    }
  }
  return { route: null, path, params: {}, query };
}

export function href(path, query) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query || {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, value);
  }
  const search = params.toString();
  return `#${path}${search ? `?${search}` : ''}`;
}

export function navigate(path, query) {
  const target = href(path, query);
  if (location.hash === target) renderer();
  else location.hash = target;
}

/** Changes the query of the page being shown (a filter, the page number) as a new history entry. */
export function updateQuery(changes) {
  const { path, query } = current();
  navigate(path, { ...query, ...changes });
}

export function start(render) {
  renderer = render;
  window.addEventListener('hashchange', () => render());
  render();
}
