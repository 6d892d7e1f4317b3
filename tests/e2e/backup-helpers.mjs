// Helpers for the backup tests: raw reads of the app's IndexedDB, so that stored texts are
// compared byte for byte (harness.mjs's storedAudit compares parsed JSON).

/**
 * Every entry of a text store (`audits`, `definitions`, `checklists`, `contacts`) as
 * `{ key: text }`, exactly as stored.
 */
export async function storedTexts(page, store) {
  return page.evaluate((name) => new Promise((done, fail) => {
    const open = indexedDB.open('supplier-audit');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const entries = {};
      const cursor = open.result.transaction(name).objectStore(name).openCursor();
      cursor.onerror = () => fail(cursor.error);
      cursor.onsuccess = () => {
        const at = cursor.result;
        if (!at) { open.result.close(); done(entries); return; }
        entries[at.key] = at.value;
        at.continue();
      };
    };
  }), store);
}

/** The did:keys of the identities whose private key is on this device. */
export async function ownIdentityDids(page) {
  return page.evaluate(() => new Promise((done, fail) => {
    const open = indexedDB.open('supplier-audit');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const keys = open.result.transaction('identities').objectStore('identities').getAllKeys();
      keys.onerror = () => fail(keys.error);
      keys.onsuccess = () => { open.result.close(); done(keys.result); };
    };
  }));
}
