// The console calls only the public /api through the gateway, with the session cookie the gateway set at login:
// no token is ever in the browser. State changes echo the XSRF-TOKEN cookie, carry an Idempotency-Key (a retried
// click is applied once) and, for a record the user is looking at, the version they saw (If-Match: a 409 follows
// when someone changed it meanwhile).

export class Problem extends Error {
  constructor(status, body) {
    super(body?.detail || body?.title || `HTTP ${status}`);
    this.status = status;
    this.body = body || {};
  }

  get fieldErrors() {
    return Array.isArray(this.body.errors) ? this.body.errors : [];
  }

  get rule() {
    return this.body.rule;
  }
}

function cookie(name) {
  const found = document.cookie.split('; ').find(c => c.startsWith(`${name}=`));
  return found ? decodeURIComponent(found.slice(name.length + 1)) : null;
}

let onUnauthenticated = () => {};
export function whenUnauthenticated(handler) {
  onUnauthenticated = handler;
}

/**
 * request('/api/membership/organizations/1') → {data, etag, status}; throws Problem for every 4xx/5xx.
 * options: method, body (JSON), form (FormData), etag (If-Match), accept, raw (return the Response).
 */
export async function request(path, options = {}) {
  const method = options.method || 'GET';
  const headers = { Accept: options.accept || 'application/json, application/problem+json' };
  let body;
  if (options.form) {
    body = options.form;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && method !== 'HEAD') {
    const csrf = cookie('XSRF-TOKEN');
    if (csrf) headers['X-XSRF-TOKEN'] = csrf;
    headers['Idempotency-Key'] = options.idempotencyKey || crypto.randomUUID();
  }
  if (options.etag) headers['If-Match'] = options.etag;
  const response = await fetch(path, { method, headers, body, credentials: 'same-origin' });
  if (options.raw && response.ok) return response;
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json().catch(() => null) : await response.text();
  if (!response.ok) {
    if (response.status === 401) onUnauthenticated();
    throw new Problem(response.status, typeof data === 'object' ? data : { detail: data });
  }
  return { data, etag: response.headers.get('ETag'), status: response.status,
           location: response.headers.get('Location') };
}

export async function get(path, query) {
  return (await request(withQuery(path, query))).data;
}

export function withQuery(path, query) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query || {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, value);
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * Reads are eventually consistent (the read model follows the write within milliseconds): after a change answered
 * {version}, wait until the record reads at least that version, so the page shows what was just done.
 */
export async function readAfterWrite(path, version, timeoutMs = 8000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await request(path);
    if (version === undefined || (response.data?.version ?? Infinity) >= version || Date.now() > deadline) return response;
    await new Promise(resolve => setTimeout(resolve, 150));
  }
}

/** Downloads what the API answers (a signed record, a template) under the name it gives. */
export async function download(path, fallbackName) {
  const response = await request(path, { raw: true, accept: '*/*' });
  const disposition = response.headers.get('Content-Disposition') || '';
  const named = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  saveBlob(await response.blob(), named ? decodeURIComponent(named[1]) : fallbackName);
}

export function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
