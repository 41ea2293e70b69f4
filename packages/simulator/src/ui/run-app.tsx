// Mounts the drill or learn screen in the terminal (alternate screen, like vim or less) and resolves when the trainee leaves it.
import { render } from 'ink';
import { DrillApp, type DrillAppProps } from './DrillApp.js';
import { LearnApp, type LearnAppProps } from './LearnApp.js';

/**
 * Note: Ink turns live rendering off when it sees a CI environment; a drill in a real terminal (both ends a TTY) is
 * interactive whatever the environment says, so a trainee's terminal in a CI-flavoured shell still shows the questions.
 */
function options() {
  return { alternateScreen: true, exitOnCtrlC: true, patchConsole: true, interactive: Boolean(process.stdout.isTTY && process.stdin.isTTY) } as const;
}

/** Keys typed before the screen is up are echoed by the terminal and move the cursor; start the first frame at column 0. */
function toLineStart(): void {
  if (process.stdout.isTTY) process.stdout.write('\r');
}

/** Runs a drill until the trainee quits; `quit` tells whether that happened before the end. */
export async function runDrillApp(props: Omit<DrillAppProps, 'onQuit' | 'size'>): Promise<{ quitEarly: boolean }> {
  let finished = false;
  let quitEarly = false;
  const onFinish: DrillAppProps['onFinish'] = (report, state, timeUp) => {
    finished = true;
    props.onFinish?.(report, state, timeUp);
  };
  toLineStart();
  const app = render(<DrillApp {...props} onFinish={onFinish} onQuit={() => (quitEarly = !finished)} />, options());
  await app.waitUntilExit();
  return { quitEarly };
}

/** Runs learn mode until the trainee quits. */
export async function runLearnApp(props: Omit<LearnAppProps, 'onQuit' | 'size'>): Promise<void> {
  toLineStart();
  const app = render(<LearnApp {...props} />, options());
  await app.waitUntilExit();
}
