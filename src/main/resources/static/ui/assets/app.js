// The team inbox's single-page app starts here. Every call that changes something (POST, PUT, PATCH, DELETE) sends
// the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header (Spring Security's CSRF protection for single-page apps);
// read the cookie before each call, it changes at sign-in and sign-out. A 401 from /ui/api/ means "signed out".
'use strict';

function csrfToken() {
    const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
    return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

async function api(method, path, body) {
    const headers = { 'Accept': 'application/json' };
    if (method !== 'GET') {
        headers['X-XSRF-TOKEN'] = csrfToken();
    }
    if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(path, {
        method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 401) {
        window.location.assign('/ui/login');
        throw new Error('signed out');
    }
    return response;
}

async function showAgent() {
    const me = await (await api('GET', '/ui/api/me')).json();
    document.getElementById('agent').textContent = 'Signed in as ' + me.displayName + ' (' + me.username + ')';
}

document.getElementById('sign-out').addEventListener('click', async () => {
    await api('POST', '/ui/logout');
    window.location.assign('/ui/login?logout');
});

showAgent();
