/*
 * portal.js: the one inline script of every portal page. It progressively enhances each
 * <table data-table> with a search box, sortable columns, a page size, an info line and
 * previous/next paging. Without JavaScript every row simply stays visible.
 *
 * The page's Content-Security-Policy allows this exact text by its SHA-256 hash, so it must
 * stay self-contained: no inline event handlers, no eval, no network, nothing external.
 *
 * Markup contract (all labels come from the table, already translated):
 *   <table class="data-table" data-table
 *          data-i18n-search="Search:"  data-i18n-empty="No matching entries"
 *          data-i18n-info="Showing {from} to {to} of {total} entries"  (-one: by Intl.PluralRules)
 *          data-i18n-page-size="Show {n} entries"   ({n} is where the select goes)
 *          data-i18n-previous="Previous"  data-i18n-next="Next"
 *          data-i18n-filtered="(filtered from {max} total entries)"   (optional)
 *          data-i18n-page="Page {page} of {pages}"                     (optional: "2 / 5")
 *          data-page-size="10">                                        (optional: 10 by default)
 *   <thead><tr><th scope="col">...</th>: each becomes a sort button, unless data-nosort or empty;
 *       a header may carry aria-sort to say how the generator already ordered the rows.
 *   <tbody><tr><td data-sort="2026-11-01">...: sorts by data-sort when present, else by the text.
 *       ISO dates (and timestamps) sort as dates, plain decimals ("1234.56") as numbers, the rest
 *       as text in the page's language; empty values always go last.
 *   An ancestor with data-table-wrap (a scrolling box) gets the controls around it instead.
 * Class names for styling: dt-controls (dt-controls-top, dt-controls-bottom), dt-size,
 * dt-search, dt-info, dt-pager, dt-prev, dt-next, dt-page, dt-sort, dt-sort-icon, dt-empty;
 * the table gets dt-enhanced and the <html> element gets js.
 */
(() => {
  'use strict';

  const doc = document;
  doc.documentElement.classList.add('js');

  const SIZES = [10, 25, 50, 100];
  const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
  const DECIMAL = /^[-+]?\d+(\.\d+)?$/;

  // Locale-aware text order and number display, in the page's own language.
  const lang = doc.documentElement.lang || undefined;
  let collator, numbers;
  try {
    collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
    numbers = new Intl.NumberFormat(lang);
  } catch (e) {
    collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
    numbers = new Intl.NumberFormat();
  }
  const fmt = (n) => numbers.format(n), plurals = new Intl.PluralRules(numbers.resolvedOptions().locale);

  // Folds text for searching: no accents, lower case, any run of spaces (also no-break) one space.
  const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(/\s+/g, ' ').trim();

  // Replaces {name} placeholders of a translated pattern.
  const fill = (pattern, values) =>
    pattern.replace(/\{(\w+)\}/g, (m, k) => (k in values ? values[k] : m));

  const el = (tag, className, text) => {
    const e = doc.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  };

  // Sort key of a cell: a number for ISO dates and plain decimals, otherwise its text.
  const sortKey = (cell) => {
    if (!cell) return { text: '', num: null };
    const text = (cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort')
      : cell.textContent).trim();
    let num = null;
    if (ISO_DATE.test(text)) num = Date.parse(text.length === 10 ? text + 'T00:00:00Z' : text);
    else if (DECIMAL.test(text)) num = parseFloat(text);
    return { text, num: Number.isNaN(num) ? null : num };
  };

  // Numbers before text (a mixed column stays in a consistent order), then locale text order.
  const compareKeys = (a, b) => {
    if (a.num !== null && b.num !== null) return a.num - b.num;
    if (a.num !== null || b.num !== null) return a.num !== null ? -1 : 1;
    return collator.compare(a.text, b.text);
  };

  const enhance = (table) => {
    const tbody = table.tBodies[0];
    if (!tbody || table.classList.contains('dt-enhanced')) return;
    table.classList.add('dt-enhanced');
    const t = (name, fallback, count) => (count !== undefined
      && table.getAttribute(`data-i18n-${name}-${plurals.select(count)}`)) || table.getAttribute('data-i18n-' + name) || fallback;

    const head = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
    const headers = head ? Array.from(head.cells) : [];
    const columnCount = headers.length || (tbody.rows[0] ? tbody.rows[0].cells.length : 1);

    // Every row once, with its original position and folded text; rows never change.
    const rows = Array.from(tbody.rows, (tr, index) => ({
      tr, index, keys: [], text: fold(Array.from(tr.cells, (c) => c.textContent).join(' ')),
    }));
    let order = rows.slice();

    const sizes = SIZES.slice();
    const wanted = parseInt(table.getAttribute('data-page-size'), 10);
    if (wanted > 0 && !sizes.includes(wanted)) {
      sizes.push(wanted);
      sizes.sort((a, b) => a - b);
    }
    const state = { col: -1, dir: 1, page: 0, size: wanted > 0 ? wanted : SIZES[0] };

    // Page size: "Show {n} entries", the select taking the place of {n}.
    const select = el('select');
    sizes.forEach((n) => select.append(
      Object.assign(el('option', '', fmt(n)), { value: String(n), selected: n === state.size })));
    const sizePattern = t('page-size', '{n}');
    const sizeParts = (sizePattern.includes('{n}') ? sizePattern : sizePattern + ' {n}').split('{n}');
    const sizeLabel = el('label');
    sizeLabel.append(sizeParts[0], select, sizeParts.slice(1).join(''));
    const sizeBox = el('div', 'dt-size');
    sizeBox.append(sizeLabel);

    // Search box, labelled by the text around it.
    const input = Object.assign(el('input'), { type: 'search', autocomplete: 'off', spellcheck: false });
    const searchLabel = el('label', '', t('search', 'Search:') + ' ');
    searchLabel.append(input);
    const searchBox = el('div', 'dt-search');
    searchBox.append(searchLabel);

    // Info line, announced politely to screen readers, and the pager.
    const info = el('div', 'dt-info');
    info.setAttribute('role', 'status');
    info.setAttribute('aria-live', 'polite');
    const prev = el('button', 'dt-prev', t('previous', 'Previous'));
    const next = el('button', 'dt-next', t('next', 'Next'));
    prev.type = next.type = 'button';
    const pageNo = el('span', 'dt-page');
    const pager = el('div', 'dt-pager');
    pager.append(prev, pageNo, next);

    const top = el('div', 'dt-controls dt-controls-top');
    top.append(sizeBox, searchBox);
    const bottom = el('div', 'dt-controls dt-controls-bottom');
    bottom.append(info, pager);
    const anchor = table.closest('[data-table-wrap]') || table;
    anchor.before(top);
    anchor.after(bottom);

    // Header cells become buttons; a header's aria-sort tells the order the rows arrived in.
    const sortable = [];
    headers.forEach((th, col) => {
      if (th.hasAttribute('data-nosort') || !th.textContent.trim()) return;
      const button = Object.assign(el('button', 'dt-sort'), { type: 'button' });
      while (th.firstChild) button.append(th.firstChild);
      const icon = el('span', 'dt-sort-icon');
      icon.setAttribute('aria-hidden', 'true');
      button.append(icon);
      th.append(button);
      sortable.push({ th, col, icon });
      const initial = th.getAttribute('aria-sort');
      if (initial === 'ascending' || initial === 'descending') {
        state.col = col;
        state.dir = initial === 'ascending' ? 1 : -1;
      }
      button.addEventListener('click', () => {
        state.dir = state.col === col ? -state.dir : 1;
        state.col = col;
        sortRows();
        state.page = 0;
        render();
      });
    });

    const keyOf = (row, col) => row.keys[col] || (row.keys[col] = sortKey(row.tr.cells[col]));

    // Stable sort by the chosen column; empty values last in both directions.
    const sortRows = () => {
      const { col, dir } = state;
      order = rows.slice().sort((a, b) => {
        const ka = keyOf(a, col);
        const kb = keyOf(b, col);
        const empty = (ka.text === '') - (kb.text === '');
        return empty || dir * compareKeys(ka, kb) || a.index - b.index;
      });
    };

    const render = () => {
      const words = fold(input.value).split(' ').filter(Boolean);
      const shown = words.length
        ? order.filter((r) => words.every((w) => r.text.includes(w))) : order;
      const total = shown.length;
      const pages = Math.max(1, Math.ceil(total / state.size));
      state.page = Math.min(state.page, pages - 1);
      const from = state.page * state.size;
      const slice = shown.slice(from, from + state.size);

      // Rows off the page stay, hidden on screen only (dt-off): a printout has every row.
      const fragment = doc.createDocumentFragment();
      slice.forEach((r) => fragment.append(r.tr));
      order.forEach((r) => r.tr.classList.toggle('dt-off', !slice.includes(r)) && fragment.append(r.tr));
      if (!total) {
        const cell = el('td', '', t('empty', 'No matching entries'));
        cell.colSpan = columnCount;
        const tr = el('tr', 'dt-empty');
        tr.append(cell);
        fragment.append(tr);
      }
      tbody.replaceChildren(fragment);

      let text = fill(t('info', '{from}-{to} / {total}', total),
        { from: fmt(total ? from + 1 : 0), to: fmt(from + slice.length), total: fmt(total) });
      const filtered = t('filtered', '', rows.length);
      if (filtered && total < rows.length) text += ' ' + fill(filtered, { max: fmt(rows.length) });
      info.textContent = text;

      pageNo.textContent = fill(t('page', '{page} / {pages}'), { page: fmt(state.page + 1), pages: fmt(pages) });
      prev.disabled = state.page === 0;
      next.disabled = state.page >= pages - 1;

      sortable.forEach(({ th, col, icon }) => {
        const on = col === state.col;
        if (on) th.setAttribute('aria-sort', state.dir > 0 ? 'ascending' : 'descending');
        else th.removeAttribute('aria-sort');
        icon.textContent = on ? (state.dir > 0 ? '\u25B2' : '\u25BC') : '';
      });
    };

    input.addEventListener('input', () => {
      state.page = 0;
      render();
    });
    select.addEventListener('change', () => {
      state.size = parseInt(select.value, 10);
      state.page = 0;
      render();
    });
    // A pager button that becomes disabled would drop the focus: hand it to the other one.
    const turn = (button, other, step) => button.addEventListener('click', () => {
      state.page += step;
      render();
      if (button.disabled && !other.disabled) other.focus();
    });
    turn(prev, next, -1);
    turn(next, prev, 1);

    render();
  };

  const init = () => doc.querySelectorAll('table[data-table]').forEach(enhance);
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', init);
  else init();
})();
