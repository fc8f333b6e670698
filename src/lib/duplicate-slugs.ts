/**
 * Remembers which file claimed which slug, so two articles that would publish at the same
 * URL fail the build with both file names instead of one silently replacing the other. A slug the
 * site itself publishes under (`reserved`: slug → what lives there) fails the same way.
 */
export class DuplicateSlugGuard {
  private readonly owners = new Map<string, string>();

  constructor(
    private readonly folder: string,
    private readonly reserved: Readonly<Record<string, string>> = {},
  ) {}

  claim(slug: string, file: string): string {
    const taken = Object.hasOwn(this.reserved, slug) ? this.reserved[slug] : undefined;
    if (taken !== undefined) {
      throw new Error(
        `Reserved slug "${slug}" in ${this.folder}/${file}: the site publishes ${taken} there. ` +
          'Fix: rename the file or give it a different `slug` in its frontmatter.',
      );
    }
    const owner = this.owners.get(slug);
    if (owner !== undefined && owner !== file) {
      throw new Error(
        `Duplicate slug "${slug}": ${this.folder}/${file} and ${this.folder}/${owner} would publish at the same URL. ` +
          'Fix: rename one file or give it a different `slug` in its frontmatter.',
      );
    }
    this.owners.set(slug, file);
    return slug;
  }
}
