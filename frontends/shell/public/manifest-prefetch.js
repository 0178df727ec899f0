// A classic script in index.html, run before the shell's bundle. The bundle first waits for module
// federation to load every shared module (React, the kit …, ~1.5 s on a busy 2-core machine), and
// only then would ask for the manifest and the remote. On a reload of a signed-in tab this script
// asks for the portal manifest at once and, when it answers, preloads the remote being opened —
// its entry and the chunks its page needs first (from the remote's mf-manifest.json) — so they are
// in the browser's module map when the runtime imports them. src/remotes/manifest.prefetch.ts takes
// the answer; which remote is "being opened" is remoteBeingOpened() in src/remotes/remotes.loader.ts,
// said again here in plain JS (test/manifest-prefetch.test.ts checks the two agree).
(function () {
  try {
    var raw = sessionStorage.getItem('bank-crm.session');
    if (!raw) return;
    var s = JSON.parse(raw);
    if (!(Date.parse(s.expiresAt) > Date.now())) return;
    var answer = fetch('/portal/manifest', {
      headers: { authorization: 'Bearer ' + s.token, accept: 'application/json' },
      cache: 'no-store',
    }).then(function (res) {
      return res.text().then(function (body) {
        return { status: res.status, statusText: res.statusText, body: body };
      });
    });
    answer.catch(function () {});
    window.__crmManifestPrefetch = { token: s.token, answer: answer };
    answer
      .then(function (a) {
        if (a.status !== 200) return;
        var opening = openedRemote(JSON.parse(a.body), s.user, location.pathname);
        if (opening) preloadRemote(opening.entry);
      })
      .catch(function () {});
  } catch (e) {
    /* no session, or storage refused: the shell asks later */
  }

  function owns(route, path) {
    var r = route.replace(/\/+$/, '');
    return path === r || path.indexOf(r + '/') === 0;
  }
  // the gateway lists only the remotes this user may open (the shell filters again, for its menu)
  function openedRemote(manifest, user, path) {
    var entries = manifest.remotes || [];
    for (var i = 0; i < entries.length; i++) if (owns(entries[i].route, path)) return entries[i];
    return (
      entries.filter(function (e) {
        return e.home && e.home.indexOf(user.level) >= 0;
      })[0] ||
      entries.filter(function (e) {
        return e.home && e.home.indexOf('*') >= 0;
      })[0] ||
      entries[0]
    );
  }
  function modulepreload(href) {
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.appendChild(link);
  }
  function preloadRemote(entryUrl) {
    if (!/remoteEntry\.js(\?|$)/.test(entryUrl)) return;
    modulepreload(entryUrl);
    // the chunks the exposed page imports statically, as the remote's build listed them
    fetch(entryUrl.replace(/remoteEntry\.js(\?.*)?$/, 'mf-manifest.json'), { credentials: 'omit' })
      .then(function (res) {
        return res.ok ? res.json() : null;
      })
      .then(function (mf) {
        if (!mf || !mf.exposes || !mf.exposes[0]) return;
        var base = (mf.metaData && mf.metaData.publicPath) || new URL('.', entryUrl).href;
        var js = mf.exposes[0].assets.js;
        // and the remote's wrappers of the shared modules, which its init loads next
        var wanted = (js.sync || []).concat(
          (js.async || []).filter(function (f) {
            return f.indexOf('__loadShare__') >= 0;
          }),
        );
        for (var i = 0; i < wanted.length; i++) modulepreload(new URL(wanted[i], base).href);
      })
      .catch(function () {});
  }
})();
