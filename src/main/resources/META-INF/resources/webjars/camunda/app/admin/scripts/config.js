/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

/*
 * Pilotage — based on the config.js shipped in camunda-webapp-webjar 7.24.0.
 * This file overrides the webjar one because it sits at the same classpath
 * path (META-INF/resources/webjars/camunda/app/<app>/scripts/config.js) and the
 * application classes come first on the classpath.
 *
 * Camunda 8 migration banner: in 7.24 every app header (cam-widget-header
 * template in camunda-<app>-bootstrap.js) renders
 *   <div ng-if="isCommunityEdition" class="ce-eol-banner"
 *        ng-bind-html="trustAsHtml('BANNER_CE_EOL_TEXT' | translate)">
 * ("It is time to migrate to Camunda 8 ... migration guide"), and the header
 * controller hard-codes `isCommunityEdition = true`: there is NO config.js
 * option to turn it off. We therefore hide it through the supported
 * `customScripts` mechanism: scripts/pilotage-hide-ce-eol-banner.js (our own
 * file, loaded by the app with import()) adds the CSS rule
 * `.ce-eol-banner { display: none !important; }`.
 * The BANNER_CE_EOL_TEXT key is still translated in locales/fr.json so that the
 * locale stays complete.
 */

export default {
  // change the app name and vendor
  app: {
    name: 'Pilotage — Province Nord',
    vendor: 'Province Nord'
  },

  // French first; English stays available for browsers that ask for it.
  // Dates are rendered with the moment.js locale defined in locales/fr.json;
  // Admin 7.24 has no dateFormat option.
  locales: {
    availableLocales: ['fr', 'en'],
    fallbackLocale: 'fr'
  },

  // custom libraries and scripts loading and initialization;
  // hides the Camunda 8 migration banner (see comment at the top of this file)
  customScripts: ['scripts/pilotage-hide-ce-eol-banner'],

  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `admin` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // 'runtimeActivityInstanceMetrics': {
  //   'display': true
  // },
  // 'historicActivityInstanceMetrics': {
  //   'adjustablePeriod': true,
  //   'period': {
  //     'unit': 'day'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // userOperationLogAnnotationLength: 4000
};
