// @sopkit/browser: finding Chromium and CJK fonts, and one shared headless browser for rendering.
export { findChromium, hasCjkFont, renderEnvironmentProblems, type EnvironmentProblem } from './environment.js';
export { chromiumArgs, launchBrowser, launchOptions, type SharedBrowser } from './launch.js';
