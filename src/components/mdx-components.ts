/** The components MDX articles may use without importing them, and the link override. */
import Answer from './Answer.astro';
import AsReported from './AsReported.astro';
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import ContentLink from './ContentLink.astro';
import ShortVersion from './ShortVersion.astro';
import Term from './Term.astro';

export const mdxComponents = {
  Answer,
  AsReported,
  Callout,
  Cite,
  ShortVersion,
  Term,
  a: ContentLink,
};
