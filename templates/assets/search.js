/* Dateline search: runs the query in the page address (search.html?q=...) against the sharded
   index under search/, loaded as script files so that it works from file:// as on any host. */
(function () {
  'use strict';
  var script = document.currentScript;
  var indexBase = script.getAttribute('data-index');
  var root = script.getAttribute('data-root');
  var PAGE = 10;
  var MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
  var loaded = {};
  var waiting = {};

  function arrive(name, data) {
    loaded[name] = data;
    if (waiting[name]) {
      waiting[name].forEach(function (w) { w.resolve(data); });
      delete waiting[name];
    }
  }

  window.DatelineSearch = {
    meta: function (m) { arrive('meta', m); },
    terms: function (i, t) { arrive('terms-' + i, t); },
    docs: function (i, d) { arrive('docs-' + i, d); },
    text: function (i, g, t) { arrive('text-' + i + '-' + g, t); }
  };

  function load(name) {
    if (Object.prototype.hasOwnProperty.call(loaded, name)) {
      return Promise.resolve(loaded[name]);
    }
    return new Promise(function (resolve, reject) {
      var first = !waiting[name];
      (waiting[name] = waiting[name] || []).push({ resolve: resolve, reject: reject });
      if (!first) { return; }
      var tag = document.createElement('script');
      tag.src = indexBase + name + '.js';
      tag.onerror = function () {
        (waiting[name] || []).forEach(function (w) { w.reject(new Error('cannot load ' + tag.src)); });
        delete waiting[name];
      };
      document.head.appendChild(tag);
    });
  }

  function fold(s) {
    return s.normalize('NFKD').replace(MARKS, '').toLowerCase();
  }

  function terms(text, stop) {
    var out = [];
    fold(text).split(/[^\p{L}\p{N}]+/u).forEach(function (t) {
      if (t && !stop[t] && t.length <= 40 && out.indexOf(t) < 0) { out.push(t); }
    });
    return out;
  }

  function shard(term, shards) {
    var h = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) {
      h ^= term.charCodeAt(i);
      h = Math.imul(h, 16777619);
    }
    return (h >>> 0) % shards;
  }

  function rank(meta, words) {
    return Promise.all(words.map(function (w) {
      return load('terms-' + shard(w, meta.shards)).then(function (t) {
        return Object.prototype.hasOwnProperty.call(t, w) ? t[w] : [];
      });
    })).then(function (lists) {
      var hits = {};
      lists.forEach(function (list) {
        for (var i = 0; i < list.length; i += 3) {
          var h = hits[list[i]] || (hits[list[i]] = { doc: list[i], score: 0, matched: 0, block: list[i + 2] });
          h.score += list[i + 1];
          h.matched += 1;
          h.block = Math.min(h.block, list[i + 2]);
        }
      });
      return Object.keys(hits).map(function (k) { return hits[k]; }).sort(function (a, b) {
        return b.matched - a.matched || b.score - a.score || b.doc - a.doc; // newest first: stories are numbered oldest first
      });
    });
  }

  /* The part of text around the first query word, with every query word marked; null when the
     text has none of the words. */
  function snippet(text, words) {
    var folded = '';
    var map = [];
    for (var i = 0; i < text.length; i++) {
      var f = fold(text[i]);
      for (var j = 0; j < f.length; j++) { folded += f[j]; map.push(i); }
    }
    var spans = [];
    words.forEach(function (w) {
      var re = new RegExp('(^|[^\\p{L}\\p{N}])(' + w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + ')(?![\\p{L}\\p{N}])', 'gu');
      var m;
      while ((m = re.exec(folded)) !== null) {
        var s = map[m.index + m[1].length];
        var e = map[m.index + m[1].length + m[2].length - 1] + 1;
        spans.push([s, e]);
      }
    });
    if (spans.length === 0) { return null; }
    spans.sort(function (a, b) { return a[0] - b[0]; });
    var start = spans.length ? Math.max(0, spans[0][0] - 80) : 0;
    var end = Math.min(text.length, start + 240);
    var p = document.createElement('p');
    p.className = 'excerpt';
    var at = start;
    if (start > 0) { p.appendChild(document.createTextNode('…')); }
    spans.forEach(function (sp) {
      if (sp[0] < at || sp[1] > end) { return; }
      p.appendChild(document.createTextNode(text.slice(at, sp[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(sp[0], sp[1]);
      p.appendChild(mark);
      at = sp[1];
    });
    p.appendChild(document.createTextNode(text.slice(at, end) + (end < text.length ? '…' : '')));
    return p;
  }

  /* The file of a chunk's text that holds block b of each of its stories. */
  function textFile(meta, chunk, b) {
    return 'text-' + chunk + '-' + Math.floor(b / meta.blocksPerFile);
  }

  function show(meta, hits, words, from, list, status, more) {
    var page = hits.slice(from, from + PAGE);
    var files = [];
    page.forEach(function (h) {
      var c = Math.floor(h.doc / meta.chunk);
      ['docs-' + c, textFile(meta, c, h.block)].forEach(function (f) {
        if (files.indexOf(f) < 0) { files.push(f); }
      });
    });
    return Promise.all(files.map(load)).then(function () {
      page.forEach(function (h) {
        var d = loaded['docs-' + Math.floor(h.doc / meta.chunk)][h.doc % meta.chunk];
        var li = document.createElement('li');
        li.className = 'story';
        var h3 = document.createElement('h3');
        var a = document.createElement('a');
        a.href = root + d[1];
        a.textContent = d[0];
        h3.appendChild(a);
        li.appendChild(h3);
        var info = document.createElement('p');
        info.className = 'meta';
        info.textContent = [d[3].toUpperCase(), d[2], d[4]].filter(Boolean).join(' · ');
        li.appendChild(info);
        var chunk = Math.floor(h.doc / meta.chunk);
        var block = loaded[textFile(meta, chunk, h.block)][h.doc % meta.chunk][h.block % meta.blocksPerFile] || '';
        var p = snippet(block, words) || snippet(d[5], words);
        if (!p) {
          p = document.createElement('p');
          p.className = 'excerpt';
          p.textContent = d[5];
        }
        li.appendChild(p);
        list.appendChild(li);
      });
      var shown = Math.min(hits.length, from + PAGE);
      status.textContent = hits.length === 0
        ? 'No story matches.'
        : hits.length + (hits.length === 1 ? ' story matches' : ' stories match') + (shown < hits.length ? '; showing ' + shown + '.' : '.');
      more.hidden = shown >= hits.length;
      more.onclick = function () { show(meta, hits, words, from + PAGE, list, status, more); };
    });
  }

  function run() {
    var form = document.getElementById('search-form');
    var input = document.getElementById('search-input');
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var more = document.getElementById('search-more');
    var q = new URLSearchParams(window.location.search).get('q') || '';
    input.value = q;
    if (!q.trim()) { return; }
    status.textContent = 'Searching…';
    load('meta').then(function (meta) {
      var stop = {};
      meta.stopWords.forEach(function (w) { stop[w] = true; });
      var words = terms(q, stop);
      if (words.length === 0) {
        status.textContent = 'Type a name, a place or a word of a story.';
        return null;
      }
      document.title = q + ' · ' + document.title;
      return rank(meta, words).then(function (hits) { return show(meta, hits, words, 0, list, status, more); });
    }).catch(function (e) {
      status.textContent = 'Search is not available: ' + e.message;
    });
    form.setAttribute('data-ready', 'true');
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', run);
  } else {
    run();
  }
}());
