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
 * Pilotage — based on the config.js shipped in camunda-webapp-webjar 7.24.0; it
 * overrides the webjar's file (same classpath path, application classes first).
 * French by default, English still available, and one custom script shared by
 * the four apps (../pilotage/pilotage-webapp.js): it hides the Camunda 8
 * migration banner, which has no configuration switch in 7.24, and sends the
 * browser to Pilotage's login page instead of Camunda's.
 */

export default {
  // change the app name and vendor
  app: {
    name: '— Province Nord',
    vendor: 'Pilotage' // the header shows vendor + ' ' + name
  },

  // configure the date format (documented option of the Welcome config; the
  // 7.24 Welcome app itself displays no formatted dates)
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd D MMMM YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },

  // French first; English stays available for browsers that ask for it
  locales: {
    availableLocales: ['fr', 'en'],
    fallbackLocale: 'fr'
  },

  // banner and login page: see the comment at the top of this file
  customScripts: ['../pilotage/pilotage-webapp'],

  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // Replaces Camunda's (English) documentation link; the pages of Pilotage, by role,
  // are added above by ../pilotage/pilotage-webapp.js. Relative to the app's <base>
  // (.../camunda/app/welcome/default/), so it holds under any context path.
  links: [
    {
      label: 'Guide de Pilotage',
      href: '../../../../guide',
      description: 'Faire une demande, suivre un projet, traiter une tâche'
    }
  ],
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false
};
