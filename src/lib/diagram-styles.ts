/**
 * The diagrams' stylesheet, linked by the first diagram on a page (RegionDiagram, SignalDiagram)
 * rather than imported: mdx-components.ts imports every diagram, so an import would put
 * diagrams.css on every article and on the home page, whether it shows a diagram or not.
 * Each page render has its own Request object, which tells the first diagram of a page.
 */
import href from '../styles/diagrams.css?url';

const linked = new WeakSet<Request>();

/** The stylesheet's URL for the first diagram of the page being rendered, undefined after that. */
export function diagramStylesFor(request: Request): string | undefined {
  if (linked.has(request)) return undefined;
  linked.add(request);
  return href;
}
