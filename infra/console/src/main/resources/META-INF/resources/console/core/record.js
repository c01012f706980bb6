// A record's page: the record as read, its version (ETag) for If-Match, and what follows one of its actions (wait
// until the read model shows the change — reads follow writes within milliseconds — then show the page again).
import { request, readAfterWrite } from './api.js';
import { navigate } from './router.js';
import { failure } from './ui.js';

/** Reads the record at path for the page at pagePath; null (with the failure shown) when it cannot be read. */
export async function openRecord(main, path, pagePath) {
  let response;
  try {
    response = await request(path);
  } catch (problem) {
    failure(main, problem);
    return null;
  }
  const record = {
    data: response.data,
    etag: response.etag,
    actionsPath: `${path}/actions`,
    /** Set by the page to show the record as reloaded (after a 409) behind the open form. */
    onReload: null,
    async reload() {
      const fresh = await request(path);
      record.onReload?.(fresh.data);
      return fresh.etag;
    },
    async afterChange(outcome) {
      await readAfterWrite(path, outcome?.version).catch(() => null);
      navigate(pagePath);
    }
  };
  return record;
}
