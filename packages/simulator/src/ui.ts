// @sopkit/simulator/ui: the Ink screens (drill and learn) and their terminal entry points.
export { DrillApp, type DrillAppProps } from './ui/DrillApp.js';
export { LearnApp, type LearnAppProps } from './ui/LearnApp.js';
export { runDrillApp, runLearnApp } from './ui/run-app.js';
export { uiStrings, type UiStrings, type ScreenMode } from './ui/strings.js';
export { wrapText, truncate, displayWidth, padEnd } from './ui/wrap-text.js';
export { formatClock } from './ui/use-countdown.js';
