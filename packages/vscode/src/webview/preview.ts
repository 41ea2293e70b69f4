// The preview page's script (runs in the webview): renders the Mermaid text it is sent with the bundled Mermaid, offline.
import mermaid from 'mermaid';

interface DiagramMessage { readonly kind: 'diagram'; readonly mermaid: string }
interface ProblemsMessage { readonly kind: 'problems'; readonly heading: string; readonly problems: readonly string[] }

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };

const diagram = document.getElementById('diagram')!;
const problems = document.getElementById('problems')!;
let renders = 0;

mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

/** Shows the errors that stop the diagram (as text: SOP content is never parsed as HTML). */
function showProblems(message: ProblemsMessage): void {
  const heading = document.createElement('p');
  heading.textContent = message.heading;
  const list = document.createElement('ul');
  for (const problem of message.problems) {
    const item = document.createElement('li');
    item.textContent = problem;
    list.append(item);
  }
  problems.replaceChildren(heading, list);
}

async function showDiagram(message: DiagramMessage): Promise<void> {
  const id = `sop-diagram-${++renders}`;
  try {
    const { svg } = await mermaid.render(id, message.mermaid);
    if (id === `sop-diagram-${renders}`) {
      diagram.innerHTML = svg;
      problems.replaceChildren();
    }
  } catch (error) {
    showProblems({ kind: 'problems', heading: 'Mermaid', problems: [error instanceof Error ? error.message : String(error)] });
  }
}

window.addEventListener('message', (event: MessageEvent<DiagramMessage | ProblemsMessage>) => {
  if (event.data.kind === 'diagram') void showDiagram(event.data);
  else showProblems(event.data);
});
acquireVsCodeApi().postMessage({ kind: 'ready' });
