/** The components MDX articles may use without importing them, and the element overrides. */
import ArticleHeading2 from './ArticleHeading2.astro';
import ArticleHeading3 from './ArticleHeading3.astro';
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
  h2: ArticleHeading2,
  h3: ArticleHeading3,
};
