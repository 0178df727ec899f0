// A classic script in index.html, run before the shell's bundle (which waits for module federation
// to load the shared kit first): on a reload of a signed-in tab it asks for the portal manifest at
// once, so the answer is there when the shell wants it (src/remotes/manifest.prefetch.ts takes it).
(function () {
  try {
    var raw = sessionStorage.getItem('bank-crm.session');
    if (!raw) return;
    var s = JSON.parse(raw);
    if (!(Date.parse(s.expiresAt) > Date.now())) return;
    var response = fetch('/portal/manifest', {
      headers: { authorization: 'Bearer ' + s.token, accept: 'application/json' },
      cache: 'no-store',
    });
    response.catch(function () {});
    window.__crmManifestPrefetch = { token: s.token, response: response };
  } catch (e) {
    /* no session, or storage refused: the shell asks later */
  }
})();
