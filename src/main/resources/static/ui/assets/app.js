// igbridge's team inbox: a small single-page app, no library, no CDN. It talks to /ui/api/** with the session
// cookie; every POST carries Spring Security's CSRF token (cookie XSRF-TOKEN → header X-XSRF-TOKEN).
(function () {
  'use strict';

  const view = document.getElementById('view');
  let me = null;
  let timer = null;

  function csrf() {
    const found = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
    return found ? decodeURIComponent(found.substring('XSRF-TOKEN='.length)) : '';
  }

  async function api(path, options) {
    const init = Object.assign({ credentials: 'same-origin', headers: {} }, options || {});
    if (init.method && init.method !== 'GET') {
      init.headers['X-XSRF-TOKEN'] = csrf();
      if (init.body !== undefined) {
        init.headers['Content-Type'] = 'application/json';
        init.body = JSON.stringify(init.body);
      }
    }
    const response = await fetch(path, init);
    if (response.status === 401) {
      location.href = '/ui/login';
      throw new Error('not logged in');
    }
    const type = response.headers.get('Content-Type') || '';
    const body = type.includes('json') ? await response.json() : await response.text();
    if (!response.ok) {
      throw new Error((body && body.message) || ('HTTP ' + response.status));
    }
    return body;
  }

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([key, value]) => {
      if (key === 'onclick' || key === 'onsubmit') {
        node.addEventListener(key.substring(2), value);
      } else if (value !== null && value !== undefined && value !== false) {
        node.setAttribute(key, value === true ? '' : value);
      }
    });
    children.flat().forEach(child => {
      if (child !== null && child !== undefined) {
        node.append(child instanceof Node ? child : document.createTextNode(String(child)));
      }
    });
    return node;
  }

  function when(instant) {
    return instant ? new Date(instant).toLocaleString() : '';
  }

  function left(until) {
    if (!until) {
      return 'no message from the contact yet';
    }
    const ms = new Date(until) - Date.now();
    if (ms <= 0) {
      return 'closed';
    }
    const hours = Math.floor(ms / 3600000);
    const minutes = Math.floor((ms % 3600000) / 60000);
    return (hours >= 24 ? Math.floor(hours / 24) + ' d ' + (hours % 24) + ' h' : hours + ' h ' + minutes + ' min') + ' left';
  }

  // ---- accounts: with several Instagram accounts, every list shows the chosen one's (all when none is chosen) ----
  const accountSelect = document.getElementById('account');

  function account() {
    return accountSelect.value || '';
  }

  /** The path with the chosen account as ?account= (or &account=). */
  function scoped(path) {
    return account() ? path + (path.includes('?') ? '&' : '?') + 'account=' + encodeURIComponent(account()) : path;
  }

  async function accounts() {
    const list = await api('/ui/api/accounts');
    if (list.length < 2) {
      return;
    }
    accountSelect.replaceChildren(el('option', { value: '' }, 'All accounts'),
      ...list.map(a => el('option', { value: a.accountId }, a.displayName ? a.displayName + ' (' + a.accountId + ')' : a.accountId)));
    accountSelect.value = sessionStorage.getItem('igbridge.account') || '';
    accountSelect.hidden = false;
    accountSelect.addEventListener('change', () => {
      sessionStorage.setItem('igbridge.account', account());
      route();
    });
  }

  function show(...nodes) {
    view.replaceChildren(...nodes);
  }

  function activate(name) {
    document.querySelectorAll('.top nav a').forEach(a => a.classList.toggle('active', a.id === 'nav-' + name));
  }

  // ---- inbox -------------------------------------------------------------------------------------------------
  const FILTERS = ['waiting', 'mine', 'bot', 'closed', 'all'];

  async function inbox(filter) {
    activate('inbox');
    const data = await api(scoped('/ui/api/conversations?filter=' + encodeURIComponent(filter)));
    const counts = Object.fromEntries(data.counts.map(c => [c.filter, c]));
    const tabs = el('div', { class: 'filters' }, FILTERS.map(f => el('a', {
      href: '#/inbox/' + f, class: f === filter ? 'active' : null, id: 'filter-' + f
    }, f, ' ', el('span', { class: 'badge', title: 'unread' }, counts[f] ? counts[f].unread : 0))));
    const rows = data.conversations.map(c => el('li', {}, el('a', { class: 'row', href: '#/conversations/' + c.id,
      'data-contact': c.contact },
      el('span', { class: 'who' }, c.contact),
      el('span', { class: 'status ' + c.status }, c.status.toLowerCase()),
      el('span', { class: 'preview' }, c.lastText || c.escalationReason || ''),
      c.unread ? el('span', { class: 'badge' }, c.unread) : null)));
    show(el('h1', {}, 'Inbox'), tabs, rows.length ? el('ul', { class: 'list', id: 'conversations' }, rows)
      : el('p', { id: 'conversations' }, 'No conversation here.'));
  }

  async function conversation(id) {
    activate('inbox');
    const data = await api('/ui/api/conversations/' + id);
    if (data.conversation.unread) {
      api('/ui/api/conversations/' + id + '/read', { method: 'POST' }).catch(() => {});
    }
    render(id, data);
  }

  function render(id, data) {
    const c = data.conversation;
    const error = el('p', { class: 'error', id: 'error' });
    const act = (action, body) => async () => {
      try {
        render(id, await api('/ui/api/conversations/' + id + '/' + action, { method: 'POST', body: body && body() }));
      } catch (e) {
        error.textContent = e.message;
      }
    };
    const reply = el('textarea', { id: 'reply-text', placeholder: 'Reply to ' + c.contact, maxlength: 1000 });
    const note = el('textarea', { id: 'note-text', placeholder: 'Internal note (never sent)' });
    const messages = data.messages.map(m => el('div', { class: 'msg ' + m.direction + ' ' + m.origin + (m.deleted ? ' deleted' : '') },
      m.deleted ? 'Message deleted by the contact' : (m.text || ''),
      m.attachments ? JSON.parse(m.attachments).map(a => el('div', {}, el('a', { href: a.url, target: '_blank', rel: 'noopener' }, a.title || a.type || 'attachment'))) : null,
      el('span', { class: 'meta' }, [m.origin === 'instagram_app' ? 'sent from the Instagram app' : m.origin,
        m.agent ? '(' + m.agent + ')' : '', m.status && m.status !== 'DONE' ? m.status.toLowerCase() : '',
        m.error || '', m.reaction ? 'reaction: ' + m.reaction : '', m.readAt ? 'read' : '', when(m.at)].filter(Boolean).join(' · '))));
    const w = data.window;
    show(
      el('p', {}, el('a', { href: '#/inbox/waiting' }, '← Inbox')),
      el('h1', {}, c.contact, ' ', el('span', { class: 'status ' + c.status, id: 'status' }, c.status.toLowerCase())),
      el('div', { class: 'conversation' },
        el('div', {},
          el('div', { class: 'messages', id: 'messages' }, messages),
          error,
          el('div', { class: 'card' }, reply, el('div', { class: 'actions' },
            el('button', { class: 'primary', id: 'send', onclick: act('reply', () => ({ text: reply.value })) }, 'Send')))),
        el('div', { class: 'side' },
          el('div', { class: 'card' }, el('h3', {}, 'Contact'),
            el('div', {}, 'Instagram id ', c.contact),
            el('div', {}, c.assignedTo ? 'Assigned to ' + c.assignedTo : 'Not assigned'),
            c.escalationReason ? el('div', {}, 'Escalated: ', c.escalationReason) : null),
          el('div', { class: 'card', id: 'window' }, el('h3', {}, 'Messaging window'),
            el('div', {}, '24 h window: ', left(w.standardUntil)),
            el('div', {}, 'Human agent (7 days): ', w.humanAgentTag ? left(w.humanAgentUntil) : 'off')),
          el('div', { class: 'card' }, el('h3', {}, 'Conversation'), el('div', { class: 'actions' },
            el('button', { id: 'escalate', onclick: act('escalate') }, 'Send to the team'),
            el('button', { id: 'take', onclick: act('take') }, 'Take'),
            el('button', { id: 'hand-back', onclick: act('hand-back') }, 'Hand back to the bot'),
            el('button', { id: 'close', onclick: act('close') }, 'Close'))),
          el('div', { class: 'card' }, el('h3', {}, 'Notes'),
            el('ul', { id: 'notes' }, data.notes.map(n => el('li', {}, n.text, el('div', { class: 'reasons' }, n.agent + ' · ' + when(n.at))))),
            note, el('div', { class: 'actions' }, el('button', { id: 'add-note', onclick: act('notes', () => ({ text: note.value })) }, 'Add note'))))));
  }

  // ---- comments ----------------------------------------------------------------------------------------------
  async function comments() {
    activate('comments');
    const list = await api(scoped('/ui/api/comments'));
    const byMedia = {};
    list.forEach(c => (byMedia[c.mediaId || 'unknown'] = byMedia[c.mediaId || 'unknown'] || []).push(c));
    const error = el('p', { class: 'error' });
    const post = (c, action, body) => async () => {
      try {
        await api('/ui/api/comments/' + encodeURIComponent(c.accountId) + '/' + encodeURIComponent(c.commentId) + '/' + action,
          { method: 'POST', body });
        error.textContent = action + ': queued';
      } catch (e) {
        error.textContent = e.message;
      }
    };
    show(el('h1', {}, 'Comments'), error, Object.entries(byMedia).map(([media, items]) => el('section', { class: 'media' },
      el('h3', {}, 'Media ', media),
      el('table', {}, el('tbody', {}, items.map(c => {
        const text = el('input', { placeholder: 'Public reply' });
        return el('tr', { 'data-comment': c.commentId },
          el('td', {}, el('b', {}, c.authorUsername ? '@' + c.authorUsername : c.authorId), el('div', {}, c.text),
            c.replies.map(r => el('div', { class: 'reasons' }, '↳ ', r))),
          el('td', { class: 'sentiment-' + c.sentiment }, c.sentiment || '', c.abusive ? ' · abusive' : '', c.spam ? ' · spam' : '',
            c.hidden ? ' · hidden' : '', el('div', { class: 'reasons' }, (c.reasons || []).join('; '))),
          el('td', {}, el('div', { class: 'actions' },
            el('button', { onclick: post(c, 'hide') }, 'Hide'), el('button', { onclick: post(c, 'unhide') }, 'Unhide')),
            text, el('button', { onclick: () => post(c, 'reply', { text: text.value })() }, 'Reply')));
      }))))));
  }

  // ---- leads -------------------------------------------------------------------------------------------------
  async function leads() {
    activate('leads');
    const data = await api(scoped('/ui/api/leads'));
    const rows = (data.leads || data).map(l => el('tr', {}, el('td', {}, l.kind), el('td', {}, l.value),
      el('td', {}, l.contact || l.userId), el('td', {}, l.source), el('td', {}, l.excerpt || ''), el('td', {}, when(l.collectedAt))));
    show(el('h1', {}, 'Leads'), el('p', {}, el('a', { href: scoped('/ui/api/leads.csv'), id: 'leads-csv' }, 'Export CSV')),
      el('table', { id: 'leads' }, el('thead', {}, el('tr', {}, ['Kind', 'Value', 'Contact', 'Source', 'Message', 'When'].map(h => el('th', {}, h)))),
        el('tbody', {}, rows)));
  }

  // ---- dashboard ---------------------------------------------------------------------------------------------
  function chart(title, days, key) {
    const values = days.map(d => Number(d[key] || 0));
    const max = Math.max(1, ...values);
    const width = 300;
    const bar = width / Math.max(1, values.length);
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' 140');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', title);
    values.forEach((v, i) => {
      const h = Math.round(v / max * 110);
      const rect = document.createElementNS(svg.namespaceURI, 'rect');
      rect.setAttribute('x', String(i * bar + 1));
      rect.setAttribute('y', String(120 - h));
      rect.setAttribute('width', String(Math.max(1, bar - 2)));
      rect.setAttribute('height', String(h));
      const tip = document.createElementNS(svg.namespaceURI, 'title');
      tip.textContent = (days[i].date || days[i].week) + ': ' + v;
      rect.append(tip);
      svg.append(rect);
    });
    const label = document.createElementNS(svg.namespaceURI, 'text');
    label.setAttribute('x', '2');
    label.setAttribute('y', '136');
    label.textContent = 'max ' + max;
    svg.append(label);
    return el('div', { class: 'card chart' }, el('h3', {}, title), svg);
  }

  async function dashboard() {
    activate('dashboard');
    const stats = await api(scoped('/ui/api/stats'));
    const totals = stats.totals || {};
    const days = stats.days || [];
    show(el('h1', {}, 'Dashboard'),
      el('div', { class: 'totals', id: 'totals' }, Object.entries(totals).filter(([, v]) => typeof v === 'number')
        .map(([k, v]) => el('div', {}, el('b', {}, v), k.replace(/([A-Z])/g, ' $1').toLowerCase()))),
      el('div', { class: 'charts' }, [['DMs', 'dms'], ['Comments', 'comments'], ['Auto-replies', 'autoReplies'],
        ['Escalations', 'escalations'], ['Leads', 'leads'], ['Failed actions', 'failedActions']]
        .map(([title, key]) => chart(title + ' per day', days, key))),
      el('div', { class: 'card' }, el('h3', {}, 'Top rules'), el('ol', {}, (stats.topRules || []).map(r => el('li', {}, r.rule + ' (' + r.count + ')')))));
  }

  // ---- routing -----------------------------------------------------------------------------------------------
  async function route() {
    clearInterval(timer);
    const hash = location.hash || '#/inbox/waiting';
    const parts = hash.substring(2).split('/');
    try {
      if (parts[0] === 'conversations' && parts[1]) {
        await conversation(parts[1]);
        timer = setInterval(() => conversation(parts[1]).catch(() => {}), 5000);
      } else if (parts[0] === 'comments') {
        await comments();
      } else if (parts[0] === 'leads') {
        await leads();
      } else if (parts[0] === 'dashboard') {
        await dashboard();
      } else {
        const filter = FILTERS.includes(parts[1]) ? parts[1] : 'waiting';
        await inbox(filter);
        timer = setInterval(() => inbox(filter).catch(() => {}), 5000);
      }
    } catch (e) {
      show(el('p', { class: 'error' }, e.message));
    }
  }

  async function start() {
    me = await api('/ui/api/me');
    document.getElementById('me').textContent = me.displayName || me.username;
    document.getElementById('logout').addEventListener('submit', async event => {
      event.preventDefault();
      await fetch('/ui/logout', { method: 'POST', credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': csrf() } });
      location.href = '/ui/login';
    });
    await accounts().catch(() => {});
    window.addEventListener('hashchange', route);
    route();
  }

  start().catch(e => show(el('p', { class: 'error' }, e.message)));
})();
