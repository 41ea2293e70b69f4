// `sop lsp --stdio`: runs the SOP language server over standard input and output until the client disconnects.
import { startServer } from '@sopkit/language-server';

/** Starts the server; it keeps the process alive and exits when the client says so. */
export function runLsp(): void {
  startServer();
}
