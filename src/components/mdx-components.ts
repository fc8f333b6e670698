/** The components MDX articles may use without importing them, and the link override. */
import Answer from './Answer.astro';
import AsReported from './AsReported.astro';
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import RegionDiagram from './RegionDiagram.astro';
import SignalDiagram from './SignalDiagram.astro';
import ContentLink from './ContentLink.astro';
import ShortVersion from './ShortVersion.astro';
import Term from './Term.astro';

export const mdxComponents = {
  Answer,
  AsReported,
  Callout,
  Cite,
  RegionDiagram,
  SignalDiagram,
  ShortVersion,
  Term,
  a: ContentLink,
};
