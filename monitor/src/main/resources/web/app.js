/* wirefeed live page: plain JavaScript, no framework, no build step.
 * Data comes from the monitor's API (same origin): GET events (server-sent events), api/coverage,
 * api/top-actors, api/alerts. Every piece of text from the data is put into the page as text
 * (textContent, attribute values), never as HTML: headlines are untrusted input. */
'use strict';

(function () {
  const MAX_STORIES = 200;
  const MAX_ALERTS = 100;
  const REFRESH_MS = 15000;

  // ---------- small helpers ----------
  const $ = (id) => document.getElementById(id);

  /** Builds an element; children that are strings become text nodes. */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === undefined || v === null || v === false) continue;
        if (k === 'class') el.className = v;
        else if (k === 'text') el.textContent = v;
        else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
        else el.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children.flat()) {
      if (c === undefined || c === null || c === false) continue;
      el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
    return el;
  }

  const SVG_NS = 'http://www.w3.org/2000/svg';
  function s(tag, attrs, text) {
    const el = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, String(v));
    if (text !== undefined) el.textContent = text;
    return el;
  }

  /** Lower case, diacritics removed: "Vučić" and "vucic" match. */
  function fold(str) {
    return String(str || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'dj').replace(/Đ/g, 'dj').toLowerCase();
  }

  let countryNames = null;
  let languageNames = null;
  try { countryNames = new Intl.DisplayNames(['en'], { type: 'region' }); } catch (e) { /* old browser */ }
  try { languageNames = new Intl.DisplayNames(['en'], { type: 'language' }); } catch (e) { /* old browser */ }
  const COUNTRY_FALLBACK = { XK: 'Kosovo' };

  function countryName(code) {
    if (!code) return '';
    if (COUNTRY_FALLBACK[code]) return COUNTRY_FALLBACK[code];
    try { return (countryNames && countryNames.of(code)) || code; } catch (e) { return code; }
  }

  function languageName(tag) {
    if (!tag) return 'unknown';
    try { return (languageNames && languageNames.of(tag)) || tag; } catch (e) { return tag; }
  }

  const REGION_NAMES = {
    'western-balkans': 'Western Balkans', 'balkans': 'Balkans', 'former-yugoslavia': 'Former Yugoslavia',
    'eu': 'European Union', 'southern-europe': 'Southern Europe', 'eastern-europe': 'Eastern Europe',
    'northern-europe': 'Northern Europe', 'western-europe': 'Western Europe', 'europe': 'Europe',
    'western-asia': 'Western Asia', 'central-asia': 'Central Asia', 'asia': 'Asia', 'africa': 'Africa',
    'americas': 'Americas', 'oceania': 'Oceania', 'schengen': 'Schengen area', 'eurozone': 'Eurozone',
    'nato': 'NATO members', 'caucasus': 'Caucasus', 'middle-east': 'Middle East'
  };
  // regions offered first in the select, in this order; others follow alphabetically as they are seen
  const PREFERRED_REGIONS = ['western-balkans', 'balkans', 'former-yugoslavia', 'eu', 'southern-europe', 'europe'];

  function regionName(slug) {
    if (!slug) return '';
    if (REGION_NAMES[slug]) return REGION_NAMES[slug];
    const words = slug.split('-').join(' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  function pad(n) { return n < 10 ? '0' + n : String(n); }
  function timeOf(iso) {
    const d = new Date(iso);
    if (isNaN(d)) return '';
    return pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds());
  }
  function dayTimeOf(iso) {
    const d = new Date(iso);
    if (isNaN(d)) return '';
    const today = new Date();
    const t = pad(d.getHours()) + ':' + pad(d.getMinutes());
    if (d.toDateString() === today.toDateString()) return t;
    return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' }) + ' ' + t;
  }
  function ago(ms) {
    const sec = Math.max(0, Math.round(ms / 1000));
    if (sec < 60) return sec + ' s ago';
    if (sec < 3600) return Math.floor(sec / 60) + ' min ago';
    return Math.floor(sec / 3600) + ' h ago';
  }

  async function getJson(url) {
    const res = await fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' });
    if (!res.ok) throw new Error(url + ': HTTP ' + res.status);
    return res.json();
  }

  // ---------- state ----------
  const stories = new Map();     // id -> {data, el}
  const alertKeys = new Set();   // rule|story|at
  const refNames = new Map();    // tag ref -> display name (person:x -> "Name", RS -> "Serbia")
  const seen = { regions: new Set(), countries: new Set(), languages: new Set(), actors: new Map() };
  let totalStories = 0;
  let totalAlerts = 0;
  let lastStoryAt = 0;
  let liveSince = 0;             // stories arriving after this (ms) are highlighted; set once the backlog has played

  const filters = { region: '', country: '', actor: '', language: '', focus: false };

  // ---------- story rendering ----------
  const GROUPS = [
    ['person', 'People'], ['organisation', 'Organisations'], ['country', 'Countries'], ['place', 'Places'], ['region', 'Regions']
  ];

  function tagLabel(t) {
    if (t.type === 'country') return countryName(t.ref) || t.name;
    if (t.type === 'region') return t.name || regionName(t.ref);
    return t.name || t.ref;
  }

  function tagChip(t) {
    const words = (t.words || []).filter(Boolean);
    const label = tagLabel(t);
    const title = [label, t.detail, t.ref, t.count ? t.count + (t.count === 1 ? ' mention' : ' mentions') : '',
      t.in_kb === false ? 'not in the knowledge base (found by its form)' : ''].filter(Boolean).join('\n');
    return h('span', {
      class: 'tag tag-' + t.type + (t.in_kb === false ? ' new-name' : ''),
      'data-type': t.type, 'data-ref': t.ref, title
    },
    h('span', { class: 'tag-name', text: label }),
    t.type === 'country' ? h('span', { class: 'code', text: t.ref }) : null,
    t.detail ? h('span', { class: 'detail', text: t.detail }) : null,
    t.count > 1 ? h('span', { class: 'count', text: '×' + t.count }) : null,
    words.length ? h('span', { class: 'words' }, h('span', { class: 'arrow', text: '← ' }), words.join(', ')) : null);
  }

  function storyElement(st) {
    const tags = Array.isArray(st.tags) ? st.tags : [];
    const focus = (st.focus && st.focus.countries) || [];
    const groups = [];
    for (const [type, label] of GROUPS) {
      const ofType = tags.filter((t) => t.type === type);
      if (!ofType.length) continue;
      groups.push(h('div', { class: 'tag-group', 'data-group': type },
        h('span', { class: 'group-label', text: label }), ofType.map(tagChip)));
    }
    const other = tags.filter((t) => !GROUPS.some(([type]) => type === t.type));
    if (other.length) groups.push(h('div', { class: 'tag-group', 'data-group': 'other' }, h('span', { class: 'group-label', text: 'Other' }), other.map(tagChip)));

    const regions = (st.focus && st.focus.regions) || [];
    const focusRegions = regions.filter((r) => PREFERRED_REGIONS.slice(0, 3).includes(r));
    return h('article', {
      class: 'story', 'data-id': st.id, 'data-version': st.version, 'data-language': st.language || '',
      'data-provider': st.provider || ''
    },
    h('div', { class: 'meta' },
      h('time', { datetime: st.received_at || '', title: 'received ' + (st.received_at || '') + (st.versioncreated ? '\nversion created ' + st.versioncreated : ''), text: timeOf(st.received_at) }),
      h('span', { class: 'provider', text: st.provider || 'unknown' }),
      h('span', { class: 'lang', title: languageName(st.language), text: st.language || '?' }),
      st.dateline ? h('span', { class: 'dateline', text: st.dateline }) : null,
      st.version > 1 ? h('span', { class: 'version', text: 'v' + st.version }) : null,
      h('span', { class: 'focus' },
        focus.length ? h('span', { class: 'focus-label', text: 'about' }) : null,
        focus.map((c) => h('span', { class: 'focus-country', 'data-country': c, title: countryName(c), text: countryName(c) })),
        focusRegions.map((r) => h('span', { class: 'focus-region', 'data-region': r, text: regionName(r) })))),
    h('h3', { class: 'headline', text: st.headline || '(no headline)' }),
    st.excerpt ? h('p', { class: 'excerpt', title: 'click to expand', text: st.excerpt, onclick: (e) => e.currentTarget.classList.toggle('open') }) : null,
    groups.length ? h('div', { class: 'tags' }, groups) : h('div', { class: 'tags muted', text: 'no tags' }));
  }

  function noteStory(st) {
    for (const r of st.regions || []) seen.regions.add(r);
    for (const c of st.countries || []) seen.countries.add(c);
    if (st.language) seen.languages.add(st.language);
    for (const t of st.tags || []) {
      if (t.type === 'person' || t.type === 'organisation') {
        seen.actors.set(t.name || t.ref, t.ref);
        if (!refNames.has(t.ref)) {
          refNames.set(t.ref, t.name || t.ref);
          // alerts loaded before this story named the actor by its id: show the name now
          for (const m of document.querySelectorAll('#alerts .match')) if (m.dataset.ref === t.ref) m.textContent = t.name || t.ref;
        }
      } else if (t.type === 'country') {
        refNames.set('country:' + t.ref, countryName(t.ref));
      }
    }
  }

  function addStory(st) {
    if (!st || !st.id) return;
    const old = stories.get(st.id);
    if (old && (old.data.version || 0) >= (st.version || 0)) return; // replayed after a reconnect
    if (old) { old.el.remove(); stories.delete(st.id); }
    const isNew = !old;
    const el = storyElement(st);
    const list = $('stories');
    list.insertBefore(el, list.firstChild);
    stories.set(st.id, { data: st, el });
    if (isNew) totalStories++;
    const at = Date.parse(st.received_at);
    if (!isNaN(at)) lastStoryAt = Math.max(lastStoryAt, at);
    if (liveSince && Date.now() >= liveSince) {
      // highlighted for a few seconds, marked as new for a minute
      el.classList.add('fresh', 'recent');
      setTimeout(() => el.classList.remove('fresh'), 10000);
      setTimeout(() => el.classList.remove('recent'), 60000);
    }
    noteStory(st);
    applyFilter(el, st);
    while (stories.size > MAX_STORIES) {
      const [oldestId, oldest] = stories.entries().next().value;
      oldest.el.remove();
      stories.delete(oldestId);
    }
    scheduleOptions();
    scheduleActors();
    updateCounts();
  }

  // ---------- filters ----------
  function matches(st) {
    const regions = filters.focus ? ((st.focus && st.focus.regions) || []) : (st.regions || []);
    const countries = filters.focus ? ((st.focus && st.focus.countries) || []) : (st.countries || []);
    if (filters.region && !regions.includes(filters.region)) return false;
    if (filters.country && !countries.includes(filters.country)) return false;
    if (filters.language && (st.language || '') !== filters.language) return false;
    if (filters.actor) {
      const q = fold(filters.actor);
      const hit = (st.tags || []).some((t) => (t.type === 'person' || t.type === 'organisation') &&
        (fold(t.name).includes(q) || fold(t.ref) === q || (t.words || []).some((w) => fold(w).includes(q))));
      if (!hit) return false;
    }
    return true;
  }

  function applyFilter(el, st) { el.hidden = !matches(st); }

  function applyFilters() {
    for (const { data, el } of stories.values()) applyFilter(el, data);
    updateCounts();
    const parts = [];
    if (filters.region) parts.push(regionName(filters.region));
    if (filters.country) parts.push(countryName(filters.country));
    if (filters.actor) parts.push('“' + filters.actor + '”');
    if (filters.language) parts.push(languageName(filters.language));
    if (filters.focus) parts.push('focus only');
    $('filter-note').textContent = parts.length ? 'filtered: ' + parts.join(' · ') : '';
    $('actors-region').textContent = filters.region ? regionName(filters.region) : 'all regions';
    loadCoverage();
    loadActors();
  }

  function fillSelect(sel, values, label, current) {
    const first = sel.options[0];
    const want = [...values];
    const have = [...sel.options].slice(1).map((o) => o.value);
    if (want.length === have.length && want.every((v, i) => v === have[i])) return;
    sel.replaceChildren(first, ...want.map((v) => h('option', { value: v, text: label(v) })));
    sel.value = current;
  }

  let optionsPending = false;
  function scheduleOptions() {
    if (optionsPending) return;
    optionsPending = true;
    setTimeout(() => { optionsPending = false; refreshOptions(); }, 300);
  }

  function refreshOptions() {
    const regions = [...seen.regions, filters.region].filter(Boolean);
    const ordered = [...new Set([...PREFERRED_REGIONS.filter((r) => regions.includes(r)),
      ...[...new Set(regions)].filter((r) => !PREFERRED_REGIONS.includes(r)).sort((a, b) => regionName(a).localeCompare(regionName(b)))])];
    fillSelect($('f-region'), ordered, regionName, filters.region);
    const countries = [...new Set([...seen.countries, filters.country].filter(Boolean))]
      .sort((a, b) => countryName(a).localeCompare(countryName(b)));
    fillSelect($('f-country'), countries, (c) => countryName(c) + ' (' + c + ')', filters.country);
    const langs = [...new Set([...seen.languages, filters.language].filter(Boolean))].sort();
    fillSelect($('f-language'), langs, (l) => languageName(l) + ' (' + l + ')', filters.language);
    const names = [...seen.actors.keys()].sort((a, b) => a.localeCompare(b));
    const dl = $('actor-names');
    if (dl.options.length !== names.length) dl.replaceChildren(...names.map((n) => h('option', { value: n })));
  }

  function readFilters() {
    filters.region = $('f-region').value;
    filters.country = $('f-country').value;
    filters.actor = $('f-actor').value.trim();
    filters.language = $('f-language').value;
    filters.focus = $('f-focus').checked;
    applyFilters();
  }

  function setActor(name) {
    $('f-actor').value = name;
    readFilters();
  }

  // ---------- counts & connection ----------
  function updateCounts() {
    let shown = 0;
    for (const { el } of stories.values()) if (!el.hidden) shown++;
    $('count-stories').textContent = String(totalStories);
    $('count-shown').textContent = String(shown);
    $('count-alerts').textContent = String(totalAlerts);
    $('stories-empty').hidden = shown > 0;
    $('stories-empty').textContent = stories.size ? 'No story matches the filters.' : 'Waiting for stories…';
    $('last-story').textContent = lastStoryAt ? ago(Date.now() - lastStoryAt) : '–';
  }

  function setConn(state, text) {
    const c = $('conn');
    c.dataset.state = state;
    $('conn-text').textContent = text;
  }

  // ---------- alerts ----------
  function matchedLabel(ref) {
    if (refNames.has(ref)) return refNames.get(ref);
    const m = /^(country|region|provider|language|focus):(.+)$/.exec(ref);
    if (m) {
      if (m[1] === 'focus') return 'about ' + (/^[A-Z]{2}$/.test(m[2]) ? countryName(m[2]) : regionName(m[2]));
      if (m[1] === 'country') return countryName(m[2]);
      if (m[1] === 'region') return regionName(m[2]);
      return m[2];
    }
    const p = /^(person|org):(.+)$/.exec(ref);
    if (p) return p[2].split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
    return ref;
  }

  function alertElement(a) {
    const spike = a.rule === 'spike';
    return h('div', {
      class: 'alert' + (spike ? ' spike' : ''), 'data-rule': a.rule || '', 'data-story': a.story_id || '', 'data-at': a.at || ''
    },
    h('div', { class: 'alert-head' },
      h('span', { class: 'rule', text: spike ? '▲ spike' : a.rule || 'alert' }),
      h('time', { datetime: a.at || '', title: a.at || '', text: dayTimeOf(a.at) })),
    a.description ? h('div', { class: 'description', text: a.description }) : null,
    a.headline ? h('a', {
      class: 'alert-story', href: '#', title: 'show the story', text: a.headline,
      onclick: (e) => { e.preventDefault(); showStory(a.story_id); }
    }) : null,
    (a.matched && a.matched.length) ? h('div', { class: 'matched' },
      a.matched.map((m) => h('span', { class: 'match', 'data-ref': m, title: m, text: matchedLabel(m) }))) : null);
  }

  function addAlert(a, live) {
    if (!a) return;
    const key = [a.rule, a.story_id, a.at].join('|');
    if (alertKeys.has(key)) return;
    alertKeys.add(key);
    totalAlerts++;
    const el = alertElement(a);
    const list = $('alerts');
    // keep newest first by time, whatever order they arrive in
    const at = Date.parse(a.at) || 0;
    let before = null;
    for (const child of list.children) {
      if ((Date.parse(child.dataset.at) || 0) <= at) { before = child; break; }
    }
    list.insertBefore(el, before);
    if (live && liveSince && Date.now() >= liveSince) {
      el.classList.add('fresh');
      setTimeout(() => el.classList.remove('fresh'), 10000);
    }
    while (list.children.length > MAX_ALERTS) list.lastElementChild.remove();
    $('alerts-empty').hidden = true;
    updateCounts();
  }

  function showStory(id) {
    const entry = stories.get(id);
    if (!entry) { $('alerts-note').textContent = 'that story has left the list'; setTimeout(() => { $('alerts-note').textContent = ''; }, 4000); return; }
    if (entry.el.hidden) {
      $('f-clear').click();
    }
    entry.el.scrollIntoView({ behavior: 'smooth', block: 'center' });
    entry.el.classList.remove('flash');
    void entry.el.offsetWidth; // restart the animation
    entry.el.classList.add('flash');
  }

  // the alert history; the server answers 503 while its stores are still starting: try again shortly
  async function loadAlerts(attempt = 0) {
    try {
      const body = await getJson('api/alerts?limit=50');
      for (const a of (body.alerts || []).slice().reverse()) addAlert(a, false);
      $('alerts-note').textContent = '';
    } catch (e) {
      $('alerts-note').textContent = attempt < 2 ? 'history loading…' : 'history unavailable, retrying';
      setTimeout(() => loadAlerts(attempt + 1), Math.min(30000, 2000 * (attempt + 1)));
    }
  }

  // ---------- coverage chart ----------
  function chartSubject() {
    if (filters.country) return { subject: 'country:' + filters.country, label: countryName(filters.country) };
    if (filters.region) return { subject: 'region:' + filters.region, label: regionName(filters.region) };
    // actors the knowledge base knows have an id to count under; names found only by their form do not
    if (filters.actor && /^(person|org):/.test(seen.actors.get(filters.actor) || '')) {
      return { subject: seen.actors.get(filters.actor), label: filters.actor };
    }
    return { subject: 'all', label: 'all stories' };
  }

  let coverageSeq = 0;
  let lastCoverage = null;
  async function loadCoverage() {
    const { subject, label } = chartSubject();
    const [win, buckets] = $('chart-range').value.split('/');
    const seq = ++coverageSeq;
    $('chart-subject').textContent = label;
    try {
      const body = await getJson('api/coverage?subject=' + encodeURIComponent(subject) + '&window=' + win + '&buckets=' + buckets);
      if (seq !== coverageSeq) return; // a newer request is on its way
      lastCoverage = body;
      drawChart(body);
      const total = body.total ?? 0;
      $('chart-total').textContent = total + (total === 1 ? ' story' : ' stories') + ' in range';
    } catch (e) {
      if (seq !== coverageSeq) return;
      if (lastCoverage) return; // keep the last chart; the next refresh tries again
      $('chart').replaceChildren(h('p', { class: 'empty', text: 'Coverage not available yet (' + e.message + '), retrying…' }));
      $('chart-total').textContent = '';
      setTimeout(() => { if (!lastCoverage) loadCoverage(); }, 3000);
    }
  }

  /** A y axis with whole, round steps: {top, step}. */
  function yScale(v) {
    const raw = Math.max(1, v / 4);
    const p = Math.pow(10, Math.floor(Math.log10(raw)));
    let step = 10 * p;
    for (const m of [1, 2, 5, 10]) if (m * p >= raw) { step = m * p; break; }
    return { top: Math.max(step, step * Math.ceil(v / step)), step };
  }

  function drawChart(body) {
    const box = $('chart');
    const buckets = body.buckets || [];
    const W = Math.max(320, box.clientWidth || 800);
    const H = 170;
    const m = { l: 34, r: 8, t: 10, b: 22 };
    const iw = W - m.l - m.r;
    const ih = H - m.t - m.b;
    const svg = s('svg', { width: W, height: H, viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'data-subject': body.subject || '' });
    const { top: max, step } = yScale(Math.max(0, ...buckets.map((b) => b.count || 0)));
    // grid and y labels
    for (let v = 0; v <= max; v += step) {
      const y = m.t + ih - (v / max) * ih;
      svg.appendChild(s('line', { x1: m.l, x2: W - m.r, y1: y, y2: y, class: v ? 'grid' : 'axis' }));
      svg.appendChild(s('text', { x: m.l - 6, y: y + 3.5, class: 'ylabel', 'text-anchor': 'end' }, String(v)));
    }
    if (!buckets.length) {
      svg.appendChild(s('text', { x: m.l + iw / 2, y: m.t + ih / 2, class: 'ylabel', 'text-anchor': 'middle' }, 'no data'));
      box.replaceChildren(svg);
      return;
    }
    const bw = iw / buckets.length;
    const gap = bw > 6 ? 1 : 0;
    const spanMs = (Date.parse(buckets[buckets.length - 1].end) - Date.parse(buckets[0].start)) || 0;
    const multiDay = spanMs > 36 * 3600 * 1000;
    // x labels roughly every 90 px, on round hours
    const every = Math.max(1, Math.ceil(90 / bw));
    buckets.forEach((b, i) => {
      const c = b.count || 0;
      const x = m.l + i * bw;
      const bh = (c / max) * ih;
      if (c > 0) {
        const rect = s('rect', { x: x + gap / 2, y: m.t + ih - bh, width: Math.max(1, bw - gap), height: Math.max(1, bh), class: 'bar' + (i === buckets.length - 1 ? ' current' : '') });
        rect.appendChild(s('title', {}, dayTimeOf(b.start) + ' – ' + timeOf(b.end).slice(0, 5) + ': ' + c + (c === 1 ? ' story' : ' stories')));
        svg.appendChild(rect);
      } else {
        const hit = s('rect', { x, y: m.t, width: bw, height: ih, class: 'hit' });
        hit.appendChild(s('title', {}, dayTimeOf(b.start) + ': 0 stories'));
        svg.appendChild(hit);
      }
      if ((buckets.length - 1 - i) % every === 0) {
        const d = new Date(b.start);
        const label = multiDay ? d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' }) : pad(d.getHours()) + ':' + pad(d.getMinutes());
        svg.appendChild(s('line', { x1: x + bw / 2, x2: x + bw / 2, y1: m.t + ih, y2: m.t + ih + 3, class: 'axis' }));
        const cx = x + bw / 2;
        const anchor = cx > W - m.r - 16 ? 'end' : cx < m.l + 16 ? 'start' : 'middle';
        svg.appendChild(s('text', { x: anchor === 'end' ? W - m.r : cx, y: H - 6, class: 'xlabel', 'text-anchor': anchor }, label));
      }
    });
    box.replaceChildren(svg);
  }

  // ---------- top actors ----------
  let actorsSeq = 0;
  async function loadActors() {
    const region = filters.region || 'all';
    const win = $('actors-window').value;
    const seq = ++actorsSeq;
    try {
      const body = await getJson('api/top-actors?region=' + encodeURIComponent(region) + '&window=' + win + '&limit=10');
      if (seq !== actorsSeq) return;
      const actors = body.actors || [];
      const max = Math.max(1, ...actors.map((a) => a.count || 0));
      $('actors').replaceChildren(...actors.map((a) => h('li', { class: 'actor', 'data-subject': a.subject || '' },
        h('a', { href: '#', class: 'actor-name', title: (a.name || a.subject) + ' (' + a.subject + '): click to filter', text: a.name || matchedLabel(a.subject),
          onclick: (e) => { e.preventDefault(); setActor(a.name || a.subject); } }),
        h('span', { class: 'actor-bar' }, h('span', { style: 'width:' + Math.round((100 * (a.count || 0)) / max) + '%' })),
        h('span', { class: 'actor-count', text: String(a.count || 0) }))));
      $('actors-empty').hidden = actors.length > 0;
      $('actors-empty').textContent = 'No actors in this window.';
      for (const a of actors) if (a.subject && a.name) refNames.set(a.subject, a.name);
    } catch (e) {
      if (seq !== actorsSeq) return;
      if ($('actors').children.length) return; // keep the last list; the next refresh tries again
      $('actors-empty').hidden = false;
      $('actors-empty').textContent = 'Top actors not available yet (' + e.message + '), retrying…';
      setTimeout(() => { if (!$('actors').children.length) loadActors(); }, 3000);
    }
  }

  let actorsPending = null;
  function scheduleActors() {
    if (actorsPending || !liveSince) return;
    actorsPending = setTimeout(() => { actorsPending = null; loadActors(); loadCoverage(); }, 2000);
  }

  // ---------- live feed ----------
  let source = null;
  let retryMs = 1000;
  function connect() {
    setConn('connecting', 'connecting…');
    source = new EventSource('events');
    source.addEventListener('open', () => {
      retryMs = 1000;
      setConn('live', 'live');
      // the server replays its backlog right after connecting; what comes after that is new
      if (!liveSince) liveSince = Date.now() + 1500;
    });
    source.addEventListener('story', (e) => {
      try { addStory(JSON.parse(e.data)); } catch (err) { console.warn('bad story event', err); }
    });
    source.addEventListener('alert', (e) => {
      try { addAlert(JSON.parse(e.data), true); } catch (err) { console.warn('bad alert event', err); }
    });
    source.addEventListener('error', () => {
      if (source.readyState === EventSource.CLOSED) {
        // the browser gave up (e.g. the server answered with an error): retry ourselves, backing off
        setConn('down', 'offline · retrying in ' + Math.round(retryMs / 1000) + ' s');
        source.close();
        setTimeout(connect, retryMs);
        retryMs = Math.min(30000, retryMs * 2);
      } else {
        setConn('reconnecting', 'reconnecting…');
      }
    });
  }

  // ---------- wiring ----------
  for (const id of ['f-region', 'f-country', 'f-language', 'f-focus']) $(id).addEventListener('change', readFilters);
  let actorTimer = null;
  $('f-actor').addEventListener('input', () => { clearTimeout(actorTimer); actorTimer = setTimeout(readFilters, 200); });
  $('f-clear').addEventListener('click', () => {
    $('f-region').value = ''; $('f-country').value = ''; $('f-actor').value = ''; $('f-language').value = ''; $('f-focus').checked = false;
    readFilters();
  });
  $('chart-range').addEventListener('change', loadCoverage);
  $('actors-window').addEventListener('change', loadActors);
  let resizeTimer = null;
  window.addEventListener('resize', () => { clearTimeout(resizeTimer); resizeTimer = setTimeout(() => lastCoverage && drawChart(lastCoverage), 150); });
  // a story's tag chip sets the actor filter when it names a person or an organisation
  $('stories').addEventListener('click', (e) => {
    const chip = e.target.closest('.tag-person, .tag-organisation');
    if (chip) setActor(chip.querySelector('.tag-name').textContent);
  });

  setInterval(() => { loadCoverage(); loadActors(); }, REFRESH_MS);
  setInterval(updateCounts, 5000);

  connect();
  loadAlerts();
  loadCoverage();
  loadActors();
  updateCounts();
})();
