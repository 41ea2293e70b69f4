// Frame titles drawn above the flow lines that cross them, each on a ground of its frame's colour (run in the browser).

/**
 * Moves the title of every titled frame (Mermaid cluster) of a drawn flowchart `svg` above the flow lines, into a
 * `g.cluster-titles` group right after the lines, each title with the id `<frame id>-title` and a ground of its frame's
 * fill (`ground` when the frame has no fill of its own). Mermaid draws frames first and lines over them, and a line
 * entering a frame from above, straight to a box centred under the title, was drawn through the title's text; now it
 * passes behind the title, as lines pass behind their own labels.
 * Note: runs in the page (passed to it as text), so it uses nothing from outside its body and has no named inner
 * functions (tsx would wrap them in a `__name` helper the page does not have).
 */
export function liftFrameTitles(svg: Element, ground: string): void {
  for (const root of svg.querySelectorAll('g.root')) {
    const lines = root.querySelector(':scope > g.edgePaths');
    if (!lines) continue;
    const titles = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    titles.setAttribute('class', 'cluster-titles');
    for (const title of root.querySelectorAll(':scope > g.clusters > g.cluster > g.cluster-label')) {
      const frame = title.parentElement;
      const shape = frame?.querySelector(':scope > rect');
      const text = title.querySelector(':scope > foreignObject');
      if (!frame || !(shape instanceof SVGElement) || !text || !title.textContent?.trim()) continue;
      const behind = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      // Note: from 1 px down, so the frame's top border stays whole above the title.
      behind.setAttribute('y', '1');
      behind.setAttribute('width', text.getAttribute('width') ?? '0');
      behind.setAttribute('height', String(Math.max(0, Number(text.getAttribute('height')) - 1)));
      behind.setAttribute('style', `fill:${shape.style.fill || ground};stroke:none`);
      title.prepend(behind);
      title.id = `${frame.id}-title`;
      titles.append(title);
    }
    lines.after(titles);
  }
}
