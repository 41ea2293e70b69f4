// Where progress is kept by default: the user's data folder (XDG on Linux, Application Support on macOS, LOCALAPPDATA on Windows).
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The default progress database path for this platform and environment. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (platform === 'win32') return join(env['LOCALAPPDATA'] ?? join(home, 'AppData', 'Local'), 'sopkit', 'progress.db');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'sopkit', 'progress.db');
  const xdg = env['XDG_DATA_HOME'];
  return join(xdg && xdg.startsWith('/') ? xdg : join(home, '.local', 'share'), 'sopkit', 'progress.db');
}
