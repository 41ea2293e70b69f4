// Entry point of the bundled server (`node server.js --stdio`), as the VS Code extension and the tests start it.
import { startServer } from './server.js';

startServer();
