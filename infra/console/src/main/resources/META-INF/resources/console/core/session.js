// Who is logged in, as the gateway says (GET /session reads the same access token the services will see).
import { request } from './api.js';

let session = { authenticated: false, roles: [] };

export async function loadSession() {
  try {
    session = (await request('/session')).data;
  } catch {
    session = { authenticated: false, roles: [] };
  }
  return session;
}

export function currentSession() {
  return session;
}

export function hasAnyRole(roles) {
  return roles.some(role => session.roles.includes(role));
}

export function loginHref() {
  return '/oauth2/authorization/lienhiep';
}

/** Ends the session at the gateway, then at the provider (the gateway tells where). */
export async function logout() {
  try {
    const { data } = await request('/logout', { method: 'POST', accept: 'application/json' });
    location.href = data?.location || '/';
  } catch {
    location.href = '/';
  }
}
