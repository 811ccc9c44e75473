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
 * 3. Speaks French where form-js 1.8.7 (bundled in Tasklist 7.24) hard-codes English.
 *    Its validation messages are string literals pushed in its `validate` function
 *    ("Field is required.", `Field must have maximum length of ${n}.`…) and its select
 *    and search placeholders are literals too: 1.8.7 has no translation hook. So a
 *    MutationObserver rewrites those texts in the page, keeping the numbers.
 * 4. On the welcome page, a « Pilotage » section with the user's pages (by role, from
 *    /api/accueil/pages) above Camunda's links.
 * 5. Lets Tasklist complete a form with dynamic lists (see the section's comment).
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

// --- 3. form-js in French -------------------------------------------------------------
const FORM_JS_TEXTS = [
  [/^Field is required\.$/, () => 'Ce champ est obligatoire.'],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `Ce champ accepte au plus ${n} caractères.`],
  [/^Field must have minimum length of (\d+)\.$/, (n) => `Ce champ demande au moins ${n} caractères.`],
  [/^Field must have maximum value of (-?[\d.]+)\.$/, (n) => `La valeur doit être au plus ${n}.`],
  [/^Field must have minimum value of (-?[\d.]+)\.$/, (n) => `La valeur doit être au moins ${n}.`],
  [/^Field must match pattern (.+)\.$/, (p) => `La valeur ne respecte pas le format attendu (${p}).`],
  [/^Field must be a valid email\.$/, () => 'Saisissez une adresse électronique valide.'],
  [/^Field must be a valid\s+international phone number\..*$/, () => 'Saisissez un numéro de téléphone international valide (par exemple +687 27 00 00).'],
  [/^No results$/, () => 'Aucun résultat'],
  [/^All values selected$/, () => 'Toutes les valeurs sont sélectionnées'],
  [/^Select$/, () => 'Sélectionner'],
  [/^Add new$/, () => 'Ajouter une ligne']
];
const FORM_JS_PLACEHOLDERS = { Search: 'Rechercher', Select: 'Sélectionner' };

function frenchText(text) {
  const trimmed = text.trim();
  for (const [pattern, french] of FORM_JS_TEXTS) {
    const match = pattern.exec(trimmed);
    if (match) {
      return text.replace(trimmed, french(...match.slice(1)));
    }
  }
  return null;
}

function inFormJs(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return element != null && element.closest('.fjs-container, .fjs-form') != null;
}

function translateFormJs(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    if (inFormJs(root)) {
      const french = frenchText(root.data);
      if (french !== null && french !== root.data) {
        root.data = french;
      }
    }
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    translateFormJs(text);
  }
  const inputs = root.matches('input[placeholder]') ? [root] : root.querySelectorAll('input[placeholder]');
  inputs.forEach((input) => {
    const french = FORM_JS_PLACEHOLDERS[input.getAttribute('placeholder')];
    if (french && inFormJs(input)) {
      input.setAttribute('placeholder', french);
    }
  });
}

if (window.location.pathname.includes('/app/tasklist/')) {
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        translateFormJs(mutation.target);
      } else if (mutation.type === 'attributes') {
        translateFormJs(mutation.target);
      } else {
        mutation.addedNodes.forEach(translateFormJs);
      }
    }
  }).observe(document.documentElement, {
    subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['placeholder']
  });
}

// --- 4. The welcome page's « Pilotage » section ----------------------------------------
function pilotageSection(pages) {
  const section = document.createElement('section');
  section.id = 'pilotage-pages';
  const inner = document.createElement('div');
  inner.className = 'inner custom-links';
  const title = document.createElement('h3');
  title.className = 'section-title';
  title.textContent = 'Pilotage';
  const row = document.createElement('div');
  row.className = 'row';
  pages.forEach((page) => {
    const wrapper = document.createElement('div');
    wrapper.className = 'col-xs-6 col-md-4 custom-link-wrapper';
    const link = document.createElement('a');
    link.href = contextPath + page.href;
    const label = document.createElement('span');
    label.className = 'h4';
    label.textContent = page.label;
    link.appendChild(label);
    const description = document.createElement('span');
    description.className = 'custom-link-description';
    description.textContent = page.description;
    wrapper.append(link, description);
    row.appendChild(wrapper);
  });
  inner.append(title, row);
  section.appendChild(inner);
  return section;
}

function showPilotagePages(pages) {
  const place = () => {
    if (document.getElementById('pilotage-pages')) {
      return true;
    }
    const camundaLinks = document.querySelector('.custom-links');
    const anchor = camundaLinks ? camundaLinks.closest('section') : null;
    if (!anchor) {
      return false;
    }
    anchor.parentNode.insertBefore(pilotageSection(pages), anchor);
    return true;
  };
  if (!place()) {
    const observer = new MutationObserver(() => place() && observer.disconnect());
    observer.observe(document.body, { subtree: true, childList: true });
  }
}

if (window.location.pathname.includes('/app/welcome/')) {
  fetch(contextPath + '/api/accueil/pages', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : []))
    .then(showPilotagePages)
    .catch(() => { /* the welcome page stays usable without the section */ });
}

// --- 5. form-js 1.8.7 dynamic lists and Tasklist's « Terminer » ---------------------------
// When a field inside a dynamic list row changes, form-js 1.8.7 (Form#_update) records its
// errors with min-dash `set(errors, [fieldId, rowIndex], errorsOrUndefined)`. For a valid value
// `set` deletes index `rowIndex` but first creates `errors[fieldId] = []`, and that empty array
// stays. Tasklist 7.24 listens to the form's "changed" event and disables « Terminer » as soon as
// `Object.keys(errors).length` is not 0: one keystroke in a list row disables the button while no
// error is shown. Entries holding no message at all (empty or sparse arrays, at any depth) are
// dropped from the state form-js publishes; every real message is kept, and the server still
// validates every submission.
function holdsNoMessage(value) {
  if (value === undefined || value === null) {
    return true;
  }
  return Array.isArray(value) && value.every(holdsNoMessage); // `every` skips the holes
}

function withoutEmptyErrors(errors) {
  const kept = {};
  Object.keys(errors).forEach((fieldId) => {
    if (!holdsNoMessage(errors[fieldId])) {
      kept[fieldId] = errors[fieldId];
    }
  });
  return kept;
}

// Every copy of form-js's Form class among the loaded modules (Tasklist's bundles carry more than one).
// Tasklist 7.24 loads form-js with lib/deps.js, a deferred script that has run before the apps import
// their customScripts: all of its modules are registered when this script runs, before any form exists.
function formJsFormClasses(webpackRequire) {
  const classes = [];
  Object.keys(webpackRequire.m).forEach((id) => {
    const source = Function.prototype.toString.call(webpackRequire.m[id]);
    if (!source.includes('_getSubmitData') || !source.includes('_setState')) {
      return;
    }
    Object.values(webpackRequire(id)).forEach((candidate) => {
      if (typeof candidate === 'function' && candidate.prototype && typeof candidate.prototype.importSchema === 'function'
          && typeof candidate.prototype._setState === 'function' && !classes.includes(candidate)) {
        classes.push(candidate);
      }
    });
  });
  return classes;
}

function keepOnlyRealFormJsErrors() {
  const chunks = self.webpackChunkcamunda_bpm_webapp;
  if (!chunks) {
    return;
  }
  let webpackRequire = null;
  chunks.push([['pilotage-form-js-errors'], {}, (require) => { webpackRequire = require; }]);
  if (!webpackRequire) {
    return;
  }
  formJsFormClasses(webpackRequire).forEach((Form) => {
    const setState = Form.prototype._setState;
    Form.prototype._setState = function (state) {
      const published = state && state.errors ? { ...state, errors: withoutEmptyErrors(state.errors) } : state;
      return setState.call(this, published);
    };
  });
}

if (window.location.pathname.includes('/app/tasklist/')) {
  try {
    keepOnlyRealFormJsErrors();
  } catch (e) {
    // Tasklist stays as shipped: forms without dynamic lists are unaffected by the form-js defect.
  }
}
