// @sopkit/browser: finding Chromium and CJK fonts, one shared headless browser, and the fonts and page bands printed PDFs share.
export { findChromium, hasCjkFont, renderEnvironmentProblems, type EnvironmentProblem } from './environment.js';
export { chromiumArgs, launchBrowser, launchOptions, type SharedBrowser } from './launch.js';
export { fontFaceRules, loadFontSubsetter, subsetFamily, type FontSubset, type FontSubsetter } from './font-subset.js';
export { cssString, pageBandRules, pageOf, type PageBands } from './page-bands.js';
