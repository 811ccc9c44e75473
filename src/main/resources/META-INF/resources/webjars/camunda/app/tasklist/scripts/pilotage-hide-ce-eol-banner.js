/*
 * Pilotage — hides the "It is time to migrate to Camunda 8" banner.
 *
 * Camunda 7.24 renders it in the shared header widget as
 *   <div ng-if="isCommunityEdition" class="ce-eol-banner" ...>
 * with `isCommunityEdition` hard-coded to true and no configuration switch, so
 * this module (registered through `customScripts` in scripts/config.js and
 * loaded by the app with a dynamic import()) adds a CSS rule hiding it.
 * No default export: the app therefore registers no plugin from this module.
 */
const RULE = '.ce-eol-banner { display: none !important; }';

try {
  // Constructed stylesheets are not subject to CSP 'unsafe-inline' checks.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(RULE);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
} catch (e) {
  // Older browsers: inline <style> (allowed by Camunda's default CSP:
  // style-src 'unsafe-inline' 'self').
  const style = document.createElement('style');
  style.textContent = RULE;
  document.head.appendChild(style);
}
