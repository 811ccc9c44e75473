/*
 * Pilotage — one script shared by Tasklist, Cockpit, Admin and Welcome,
 * registered through the apps' supported `customScripts` option (config.js).
 *
 * 1. Hides the "It is time to migrate to Camunda 8" banner. Camunda 7.24 renders
 *    it in the shared header as <div ng-if="isCommunityEdition" class="ce-eol-banner">
 *    with `isCommunityEdition` hard-coded to true and no configuration switch.
 * 2. Sends people to Pilotage's own login page. Spring Security is the one gate:
 *    when the apps would show Camunda's login form (after logout, or when the
 *    session has expired) the browser goes to /login instead.
 * No default export: the apps register no plugin from this module.
 */
const BANNER_RULE = '.ce-eol-banner { display: none !important; }';

try {
  // Constructed stylesheets are not subject to CSP 'unsafe-inline' checks.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(BANNER_RULE);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
} catch (e) {
  const style = document.createElement('style');
  style.textContent = BANNER_RULE;
  document.head.appendChild(style);
}

const LOGIN_ROUTE = /^#!?\/login/;
const contextPath = window.location.pathname.split('/camunda/')[0];

function toPilotageLogin() {
  if (LOGIN_ROUTE.test(window.location.hash)) {
    window.location.replace(contextPath + '/login?logout');
  }
}

window.addEventListener('hashchange', toPilotageLogin);
toPilotageLogin();
